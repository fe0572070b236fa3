/**
 * One instance of the content script per document. The static content script (localhost) and the
 * dynamic registration (granted origins) may both match, and an extension update injects a new
 * copy beside the old one. The attribute on <html> refuses a second copy; a copy whose extension
 * context is gone (the extension was reloaded) yields to the new one when asked.
 */
export const INJECTED_ATTRIBUTE = 'data-tuban-lint-injected';
const YIELD_EVENT = 'tuban-lint-yield';

/** Whether this copy's extension context still works (false after the extension was reloaded). */
export function extensionContextAlive(): boolean {
  try {
    return typeof chrome !== 'undefined' && chrome.runtime?.id !== undefined;
  } catch {
    return false;
  }
}

/**
 * Claims the document for this copy. Returns false when a live copy already runs. `teardown`
 * is what an old copy runs when it yields; it must remove the attribute.
 */
export function claimDocument(doc: Document, isAlive: () => boolean, teardown: () => void, signal: AbortSignal): boolean {
  const root = doc.documentElement;
  if (root.hasAttribute(INJECTED_ATTRIBUTE)) {
    // Ask a stale copy to leave. Dispatch is synchronous: a dead copy has removed the attribute by the time it returns.
    doc.dispatchEvent(new (doc.defaultView?.CustomEvent ?? CustomEvent)(YIELD_EVENT));
    if (root.hasAttribute(INJECTED_ATTRIBUTE)) return false;
  }
  root.setAttribute(INJECTED_ATTRIBUTE, '');
  // Only a copy whose extension is gone yields: a page dispatching the event cannot stop a live copy.
  doc.addEventListener(
    YIELD_EVENT,
    () => {
      if (!isAlive()) teardown();
    },
    { signal },
  );
  signal.addEventListener('abort', () => root.removeAttribute(INJECTED_ATTRIBUTE), { once: true });
  return true;
}

/**
 * Whether a same-origin parent will read this frame (read-form.ts reads same-origin frames from the
 * top document). A frame whose parent chain is cross-origin runs its own session instead.
 */
export function readByParent(view: Window): boolean {
  if (view.top === view) return false;
  // Every ancestor must be reachable: the top reads frames through contentDocument, link by link.
  for (let w: Window = view; w !== w.top; w = w.parent) {
    try {
      if (w.parent.document.documentElement == null) return false;
    } catch {
      return false;
    }
  }
  return true;
}
