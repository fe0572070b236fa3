import { frameElementOf } from '../form-adapter/visibility';
import type { ViewportBox } from './anchor-geometry';

/**
 * What a marker or the panel's tab may never cover (issue 11): the page's controls, their labels,
 * and label cells of table layouts (a cell holding text but no control), in the top window's
 * viewport, through same-origin frames. Read once per rendering.
 */
const CONTROLS =
  'input:not([type="hidden"]), select, textarea, button, label, a[href], [role="button"], [role="radio"], [role="checkbox"], [role="combobox"], [role="option"], [role="tab"], [contenteditable="true"], .el-form-item__label';
const CELLS = 'td, th';

function frameOffset(frame: Element): { left: number; top: number } | undefined {
  const rect = frame.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return undefined;
  return { left: rect.left + frame.clientLeft, top: rect.top + frame.clientTop };
}

function collect(doc: Document, offsetLeft: number, offsetTop: number, viewportHeight: number, out: ViewportBox[], depth: number): void {
  const push = (element: Element): void => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const top = rect.top + offsetTop;
    if (top > viewportHeight || top + rect.height < 0) return;
    out.push({ left: rect.left + offsetLeft, top, width: rect.width, height: rect.height });
  };
  for (const element of doc.querySelectorAll(CONTROLS)) push(element);
  for (const cell of doc.querySelectorAll(CELLS)) {
    if ((cell.textContent ?? '').trim() !== '' && cell.querySelector('input, select, textarea, button, table') === null) push(cell);
  }
  if (depth >= 3) return;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    const offset = inner ? frameOffset(frame) : undefined;
    if (inner && offset) collect(inner, offsetLeft + offset.left, offsetTop + offset.top, viewportHeight, out, depth + 1);
    else push(frame); // a cross-origin frame: its contents are unknown, so all of it is kept clear
  }
}

export function pageObstacles(doc: Document): ViewportBox[] {
  const out: ViewportBox[] = [];
  collect(doc, 0, 0, doc.defaultView?.innerHeight ?? Number.POSITIVE_INFINITY, out, 0);
  return out;
}

/**
 * Whether the element's centre is actually visible in the viewport — not scrolled away, not under
 * a fixed page header (a marker for a field scrolled behind the header must not stick on the
 * header: the field is listed in the panel instead).
 */
export function centreVisible(element: Element, box: ViewportBox, viewport: { width: number; height: number }): boolean {
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x > viewport.width || y > viewport.height) return false;
  const doc = element.ownerDocument;
  // Inside a frame the frame's own position decides; elementFromPoint works in the top document only.
  if (frameElementOf(doc) !== null) return true;
  const hit = doc.elementFromPoint(x, y);
  if (!hit) return true;
  const label = element.closest('label');
  return hit === element || element.contains(hit) || hit.contains(element) || hit.hasAttribute('data-tuban-lint-root') || (label !== null && label.contains(hit));
}
