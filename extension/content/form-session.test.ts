import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geometryApi } from '../../shared/geometry/geometry-api';
import { GEOMETRY_RULES } from '../../shared/geometry/rules';
import { builtInProfile } from '../../shared/profiles/profiles';
import { base64ToBytes, type BackgroundToContentBoundaryResult, type ContentToBackgroundCheckBoundaryFile } from '../messages';
import { summariseBoundaryCheck } from '../offscreen/boundary-summary';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import type { Dismissals } from './dismissals';
import { FormSession } from './form-session';
import { byTestId, loadElementPage, loadLegacyPage, type LoadedPage } from './form-adapter/testing/load-fixture';
import { claimDocument, INJECTED_ATTRIBUTE } from './injection-guard';

/**
 * The content script's session on the fixture pages in happy-dom: the UI root and its contract
 * (data-tuban-lint-root, open shadow root, data-rule-id / data-field on every finding shown), live
 * re-checks, dismissals, the boundary-file round trip with a fake background, teardown.
 */
const DEBOUNCE_MS = 5;
const settle = (ms = 40): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  readonly page: LoadedPage;
  readonly session: FormSession;
  readonly controller: AbortController;
  readonly saved: Dismissals[];
  readonly sent: ContentToBackgroundCheckBoundaryFile[];
  shadow(): ShadowRoot;
  shown(): { ruleId: string; field: string; marker: boolean }[];
}

function start(page: LoadedPage, reply: (message: ContentToBackgroundCheckBoundaryFile) => unknown = () => undefined): Harness {
  // No layout in happy-dom: give every element a box so that markers are placed.
  const view = page.window as unknown as Window & typeof globalThis;
  view.Element.prototype.getBoundingClientRect = function box() {
    return new view.DOMRect(100, 200, 120, 30);
  };
  const controller = new AbortController();
  const saved: Dismissals[] = [];
  const sent: ContentToBackgroundCheckBoundaryFile[] = [];
  const session = new FormSession(
    {
      doc: page.document,
      signal: controller.signal,
      css: '.tuban-lint-layer {}',
      now: () => new Date('2024-06-30T10:00:00+08:00'),
      loadDismissals: () => Promise.resolve({}),
      saveDismissals: (_patchId, dismissals) => {
        saved.push(dismissals);
        return Promise.resolve();
      },
      sendBoundaryCheck: (message) => {
        sent.push(message);
        return Promise.resolve(reply(message));
      },
      debounceMs: DEBOUNCE_MS,
    },
    DEFAULT_SETTINGS,
  );
  session.start();
  const shadow = (): ShadowRoot => {
    const root = page.document.querySelector('[data-tuban-lint-root]')?.shadowRoot;
    if (!root) throw new Error('no UI root with an open shadow root');
    return root;
  };
  return {
    page,
    session,
    controller,
    saved,
    sent,
    shadow,
    shown: () =>
      [...shadow().querySelectorAll('[data-rule-id]')].map((e) => ({
        ruleId: e.getAttribute('data-rule-id') ?? '',
        field: e.getAttribute('data-field') ?? '',
        marker: e.classList.contains('tuban-lint-marker'),
      })),
  };
}

function fire(element: Element, type: string): void {
  element.dispatchEvent(new (element.ownerDocument.defaultView as unknown as typeof globalThis).Event(type, { bubbles: true }));
}

function formValues(doc: Document): string[] {
  return [...doc.querySelectorAll('input, select, textarea')].map((e) => {
    const control = e as HTMLInputElement;
    return `${control.name}=${control.type === 'radio' || control.type === 'checkbox' ? String(control.checked) : control.value}`;
  });
}

describe('FormSession', () => {
  it('mounts one UI root with an open shadow root outside the form, and marks findings in panel and beside fields', async () => {
    const page = await loadLegacyPage();
    const before = formValues(page.document);
    const h = start(page);
    const host = page.document.querySelector('[data-tuban-lint-root]');
    expect(host?.parentElement).toBe(page.document.documentElement);
    expect(host?.shadowRoot?.mode).toBe('open');
    expect(host?.closest('form')).toBeNull();
    expect(page.document.documentElement.hasAttribute(INJECTED_ATTRIBUTE)).toBe(false); // claimed by content-script.ts, not by the session

    (byTestId(page.document, 'approvalDate') as HTMLInputElement).value = '';
    fire(byTestId(page.document, 'approvalDate'), 'input');
    await settle();
    const shown = h.shown().filter((f) => f.ruleId === 'approval-date-required');
    expect(shown).toContainEqual({ ruleId: 'approval-date-required', field: 'approvalDate', marker: true });
    expect(shown).toContainEqual({ ruleId: 'approval-date-required', field: 'approvalDate', marker: false });
    for (const element of h.shadow().querySelectorAll('[data-rule-id]')) expect(element.getAttribute('data-field')).not.toBe('');

    (byTestId(page.document, 'approvalDate') as HTMLInputElement).value = '2022-11-18';
    fire(byTestId(page.document, 'approvalDate'), 'change');
    await settle();
    expect(h.shown().filter((f) => f.ruleId === 'approval-date-required')).toEqual([]);
    // The page's form is read, never written.
    expect(formValues(page.document)).toEqual(before);
    h.controller.abort();
  });

  it('dismisses a finding with a reason, remembered for the patch, and restores it', async () => {
    const page = await loadLegacyPage();
    (byTestId(page.document, 'approvalNo') as HTMLInputElement).value = '冀政转征[2022]31号';
    const h = start(page);
    await settle();
    const entry = h.shadow().querySelector('li[data-rule-id="approval-no-format"]');
    expect(entry).not.toBeNull();
    (entry?.querySelector('.tuban-lint-dismiss') as HTMLElement).click();
    await settle(5);
    const reason = h.shadow().querySelector('li[data-rule-id="approval-no-format"] .tuban-lint-reason') as HTMLInputElement;
    reason.value = '原件即如此书写';
    fire(reason, 'input');
    await settle(5);
    (h.shadow().querySelector('li[data-rule-id="approval-no-format"] .tuban-lint-dismiss-confirm') as HTMLElement).click();
    await settle(5);
    expect(h.shown().filter((f) => f.ruleId === 'approval-no-format')).toEqual([]);
    expect(h.saved.at(-1)?.['approval-no-format']?.reason).toBe('原件即如此书写');
    expect(h.session.status().dismissed).toBe(1);
    (h.shadow().querySelector('[data-dismissed-rule-id="approval-no-format"] .tuban-lint-restore') as HTMLElement).click();
    await settle(5);
    expect(h.shown().some((f) => f.ruleId === 'approval-no-format')).toBe(true);
    expect(h.saved.at(-1)).toEqual({});
    h.controller.abort();
  });

  it('sends a chosen 坐标文件 to the background with the form area and shows its geometry findings on vectorFile', async () => {
    const page = await loadLegacyPage();
    const bytes = readFileSync(new URL('../fixtures/boundary/bowtie-self-intersection.txt', import.meta.url));
    const profile = builtInProfile('national');
    const h = start(page, (message) => {
      const result = geometryApi.checkFile(base64ToBytes(message.bytesBase64), message.fileName, { profile, ...(message.expectedArea ? { expectedArea: message.expectedArea } : {}) });
      const reply: BackgroundToContentBoundaryResult = { type: 'background-to-content/boundary-result', result: { ok: true, check: summariseBoundaryCheck(result, GEOMETRY_RULES) } };
      return reply;
    });
    await settle();
    const view = page.window as unknown as typeof globalThis;
    const input = byTestId(page.document, 'vector-upload');
    Object.defineProperty(input, 'files', { value: [new view.File([bytes], 'bowtie-self-intersection.txt', { type: 'text/plain' })] });
    fire(input, 'change');
    await settle(100);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.fileName).toBe('bowtie-self-intersection.txt');
    expect([...base64ToBytes(h.sent[0]?.bytesBase64 ?? '')]).toEqual([...bytes]);
    // 违法用地面积 is not shown (合法): the expected area is 监测面积 2.40 亩 = 0.16 公顷.
    expect(h.sent[0]?.expectedArea).toEqual({ field: 'areaMonitored', hectares: expect.closeTo(0.16, 10) as unknown as number, units: ['mu'] });
    expect(h.shown()).toContainEqual({ ruleId: 'geom-self-intersection', field: 'vectorFile', marker: false });
    expect(h.shown()).toContainEqual({ ruleId: 'geom-self-intersection', field: 'vectorFile', marker: true });
    h.controller.abort();
  });

  it('says so when the background gives no valid answer', async () => {
    const page = await loadLegacyPage();
    const h = start(page, () => ({ type: 'background-to-content/boundary-result', result: { ok: true, check: { bogus: 1 } } }));
    const view = page.window as unknown as typeof globalThis;
    const input = byTestId(page.document, 'vector-upload');
    Object.defineProperty(input, 'files', { value: [new view.File(['x'], 'a.txt')] });
    fire(input, 'change');
    await settle(60);
    expect(h.shadow().querySelector('.tuban-lint-boundary-status')?.textContent).toContain('没有有效应答');
    h.controller.abort();
  });

  it('follows SPA navigation to another patch (Element replica)', async () => {
    const page = await loadElementPage('#/patch/1');
    const h = start(page);
    await settle();
    expect(h.session.status().patchId).toBe('130403SJBG23210183');
    page.window.location.hash = '#/patch/2';
    // A full reading of the re-rendered page in happy-dom takes its time on a loaded machine: wait for it, do not time it.
    await expect.poll(() => h.session.status().patchId, { timeout: 5_000 }).toBe('130403SJBG23210184');
    expect(h.session.status().fieldsFound).toBe(39);
    h.controller.abort();
  });

  it('focuses the field of a clicked panel entry without changing its value', async () => {
    const page = await loadLegacyPage();
    (byTestId(page.document, 'approvalDate') as HTMLInputElement).value = '';
    const h = start(page);
    await settle();
    (h.shadow().querySelector('li[data-rule-id="approval-date-required"] .tuban-lint-entry-main') as HTMLElement).click();
    expect(page.document.activeElement).toBe(byTestId(page.document, 'approvalDate'));
    expect((byTestId(page.document, 'approvalDate') as HTMLInputElement).value).toBe('');
    h.controller.abort();
  });

  it('tears everything down on abort', async () => {
    const page = await loadLegacyPage();
    const h = start(page);
    await settle();
    h.controller.abort();
    expect(page.document.querySelector('[data-tuban-lint-root]')).toBeNull();
  });
});

describe('claimDocument', () => {
  it('refuses a second live copy, and lets a copy whose extension is gone yield to a new one', async () => {
    const { document } = await loadLegacyPage();
    const first = new AbortController();
    let firstAlive = true;
    expect(
      claimDocument(
        document,
        () => firstAlive,
        () => first.abort(),
        first.signal,
      ),
    ).toBe(true);
    expect(document.documentElement.hasAttribute(INJECTED_ATTRIBUTE)).toBe(true);
    const second = new AbortController();
    expect(
      claimDocument(
        document,
        () => true,
        () => second.abort(),
        second.signal,
      ),
    ).toBe(false);
    firstAlive = false;
    expect(
      claimDocument(
        document,
        () => true,
        () => second.abort(),
        second.signal,
      ),
    ).toBe(true);
    expect(first.signal.aborted).toBe(true);
    expect(document.documentElement.hasAttribute(INJECTED_ATTRIBUTE)).toBe(true);
    second.abort();
    expect(document.documentElement.hasAttribute(INJECTED_ATTRIBUTE)).toBe(false);
  });

  it('shows required findings on an untouched form as a neutral checklist without markers, as errors once the filer edits', async () => {
    const page = await loadLegacyPage();
    (byTestId(page.document, 'approvalDate') as HTMLInputElement).value = '';
    const h = start(page);
    await settle();
    const entry = (): Element | null => h.shadow().querySelector('li[data-rule-id="approval-date-required"]');
    expect(entry()?.getAttribute('data-severity')).toBe('todo');
    expect(h.shown().filter((f) => f.ruleId === 'approval-date-required' && f.marker)).toEqual([]);
    expect(h.session.status().findings.error).toBe(0);
    expect(h.session.status().toFill).toBeGreaterThan(0);
    fire(byTestId(page.document, 'approvalDate'), 'change');
    await settle();
    expect(entry()?.getAttribute('data-severity')).toBe('error');
    expect(h.shown()).toContainEqual({ ruleId: 'approval-date-required', field: 'approvalDate', marker: true });
    h.controller.abort();
  });

  it('holds a format finding on the field being typed in until the field is left', async () => {
    const page = await loadLegacyPage();
    const h = start(page);
    await settle();
    const input = byTestId(page.document, 'approvalNo') as HTMLInputElement;
    input.value = '冀政转征〔20';
    fire(input, 'input');
    await settle();
    // The clock of this session stands still: only leaving the field releases the finding.
    expect(h.shown().filter((f) => f.ruleId === 'approval-no-format')).toEqual([]);
    fire(input, 'focusout');
    await settle();
    expect(h.shown()).toContainEqual({ ruleId: 'approval-no-format', field: 'approvalNo', marker: false });
    h.controller.abort();
  });
});
