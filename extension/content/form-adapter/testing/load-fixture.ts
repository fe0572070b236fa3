import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { builtInProfile } from '../../../../shared/profiles/profiles';
import { adapterProfileFor, type AdapterProfile } from '../../../site-profiles/site-profile';
import { createAdapterContext, matcherFor, type AdapterContext } from '../adapter-context';

/**
 * Test support: the fixture pages (extension/fixtures/) in a happy-dom window, with their inline
 * scripts running (the Element replica renders itself), the legacy page's iframe given its
 * section as `srcdoc` (happy-dom does not load frame pages from disk), and tiny drivers that do
 * what the e2e tests do with Playwright.
 */
const FIXTURES = new URL('../../../fixtures/', import.meta.url);

export function fixtureText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

export interface LoadedPage {
  readonly window: Window;
  readonly document: Document;
}

export async function loadPage(html: string, url = 'http://localhost/fixture.html'): Promise<LoadedPage> {
  const window = new Window({
    url,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableIframePageLoading: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true },
    },
  });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return { window, document: window.document as unknown as Document };
}

/** The legacy page with its stylesheet inlined (hidden sections need it) and its case iframe as srcdoc. */
export async function loadLegacyPage(): Promise<LoadedPage> {
  const css = fixtureText('legacy-table/legacy.css');
  const section = fixtureText('legacy-table/case-section.html').replace('<link rel="stylesheet" href="legacy.css">', `<style>${css}</style>`);
  const srcdoc = section.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');
  const html = fixtureText('legacy-table/patch-form.html').replace('<link rel="stylesheet" href="legacy.css">', `<style>${css}</style>`).replace('src="case-section.html"', `srcdoc="${srcdoc}"`);
  const page = await loadPage(html, 'http://localhost/legacy-table/patch-form.html');
  return page;
}

export async function loadElementPage(hash = '#/patch/1'): Promise<LoadedPage> {
  return loadPage(fixtureText('element-ui/patch-form.html'), `http://localhost/element-ui/patch-form.html${hash}`);
}

export function byTestId(doc: Document, id: string): HTMLElement {
  const element = doc.querySelector(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid=${id}`);
  return element as HTMLElement;
}

/** Checks a radio as a click would: checked, then `change` bubbling. */
export function checkRadio(input: HTMLInputElement): void {
  input.checked = true;
  input.dispatchEvent(new input.ownerDocument.defaultView!.Event('change', { bubbles: true }));
}

/** Chooses a native select's option by its text, then `change`. */
export function selectByText(select: HTMLSelectElement, text: string): void {
  const option = [...select.options].find((o) => (o.textContent ?? '').trim() === text);
  if (!option) throw new Error(`no option ${text}`);
  select.value = option.value;
  select.dispatchEvent(new select.ownerDocument.defaultView!.Event('change', { bubbles: true }));
}

/** The adapter context the content script builds with the default settings. */
export function defaultAdapterContext(): AdapterContext {
  const adapterProfile: AdapterProfile = adapterProfileFor('auto').profile;
  return createAdapterContext(adapterProfile, matcherFor(adapterProfile, builtInProfile('national').labelSynonyms));
}

/** The UI kits with a fixture page under extension/fixtures/kits/ (issue 16). */
export const KIT_PAGES = ['layui', 'element-plus', 'ant-design-vue', 'view-ui', 'bootstrap'] as const;
export type KitPage = (typeof KIT_PAGES)[number];

/** A kit fixture with its two scripts inlined (happy-dom loads no script files here). */
export async function loadKitPage(kit: KitPage, query = ''): Promise<LoadedPage> {
  const inline = (html: string, file: string): string => html.replace(`<script src="${file}"></script>`, () => `<script>${fixtureText(`kits/${file}`)}</script>`);
  const html = inline(inline(fixtureText(`kits/${kit}.html`), `${kit}.js`), 'patch-form.js');
  return loadPage(html, `http://localhost/kits/${kit}.html${query}`);
}
