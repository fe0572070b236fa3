/**
 * The extension's layer on the page: one element carrying `data-tuban-lint-root` with an open
 * shadow root (the contract of the e2e tests), appended to <html> — outside <body> and far from
 * the platform's <form>, so the page's form, its values and its layout are never touched. The
 * host is a zero-size fixed box; the panel and the markers inside position themselves in the
 * viewport. Styles come in as a constructed stylesheet, which a page's CSP does not block.
 */
export const UI_ROOT_ATTRIBUTE = 'data-tuban-lint-root';
/** Every class the extension uses starts with this prefix (house style). */
export const CLASS_PREFIX = 'tuban-lint-';

export interface UiRoot {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where Preact renders. */
  readonly container: HTMLElement;
}

function adoptStyles(shadow: ShadowRoot, css: string): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to a <style> element (older engines, test DOMs).
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

export function mountUiRoot(doc: Document, css: string, signal: AbortSignal): UiRoot {
  const host = doc.createElement('div');
  host.setAttribute(UI_ROOT_ATTRIBUTE, '');
  host.className = `${CLASS_PREFIX}host`;
  // Set through the CSSOM (not a style attribute), which a strict style-src allows.
  Object.assign(host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', overflow: 'visible', zIndex: '2147483646', margin: '0', padding: '0', border: '0' });
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, css);
  const container = doc.createElement('div');
  container.className = `${CLASS_PREFIX}layer`;
  container.lang = 'zh-CN';
  shadow.append(container);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, container };
}
