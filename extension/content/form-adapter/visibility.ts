/**
 * "Read only what is visible" (platform-markup.md): a verdict branch hidden by `v-show`, a
 * `hidden` section, a closed dialog. Decided by computed style up the ancestor chain — not by
 * layout (offsetParent, boxes), so the same answer comes from Chromium and from happy-dom in unit
 * tests. An element inside a same-origin iframe is visible only if its frame element is.
 *
 * Inactive tab panes are the exception (`tabPanes`, from the site profile): switching from 图斑信息
 * to 现场照片 hides the form with display:none but does not take its fields out of the record.
 */
export type VisibilityTest = (element: Element) => boolean;

/** Frame elements of the same-origin documents read (happy-dom has no `frameElement`; read-form.ts fills it). */
export const FRAME_OF = new WeakMap<Document, Element>();

export function frameElementOf(doc: Document): Element | null {
  const known = FRAME_OF.get(doc);
  if (known) return known;
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** A visibility test with a cache for one reading of the page (styles do not change during it). */
export function createVisibilityTest(tabPanes: readonly string[] = []): VisibilityTest {
  const hiddenByOwnStyle = new WeakMap<Element, boolean>();

  const hiddenItself = (element: Element): boolean => {
    const cached = hiddenByOwnStyle.get(element);
    if (cached !== undefined) return cached;
    let hidden = element.hasAttribute('hidden') || (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'hidden');
    if (!hidden) {
      const view = element.ownerDocument.defaultView;
      const style = view?.getComputedStyle(element);
      hidden = style !== undefined && style.display === 'none' && !tabPanes.some((selector) => element.matches(selector));
    }
    hiddenByOwnStyle.set(element, hidden);
    return hidden;
  };

  const isVisible = (element: Element): boolean => {
    // `visibility` is inherited: the element's own computed value says it for the whole chain.
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    if (style && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
    for (let e: Element | null = element; e; e = e.parentElement) {
      if (hiddenItself(e)) return false;
    }
    const frame = frameElementOf(element.ownerDocument);
    return frame ? isVisible(frame) : true;
  };

  return isVisible;
}
