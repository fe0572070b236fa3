import { frameElementOf } from '../form-adapter/visibility';

/** A box in the top window's viewport, CSS pixels. */
export interface ViewportBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The element's box, or its nearest ancestor's when it takes no space itself (a native input
 * hidden inside a styled widget, 0×0): the marker then sits beside what the filer sees.
 */
function renderedRect(element: Element): DOMRect | undefined {
  for (let e: Element | null = element; e && e !== e.ownerDocument.body; e = e.parentElement) {
    const rect = e.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return rect;
    // A hidden ancestor hides everything in it (an inactive tab pane): no marker.
    if (e !== element && e.ownerDocument.defaultView?.getComputedStyle(e).display === 'none') return undefined;
  }
  return undefined;
}

/**
 * Where an element is in the top window's viewport, through any same-origin frames it sits in
 * (each frame adds its own position and border). Undefined when it is not rendered.
 */
export function viewportBox(element: Element): ViewportBox | undefined {
  const rect = renderedRect(element);
  if (!rect) return undefined;
  let left = rect.left;
  let top = rect.top;
  for (let frame = frameElementOf(element.ownerDocument); frame; frame = frameElementOf(frame.ownerDocument)) {
    const frameRect = frame.getBoundingClientRect();
    if (frameRect.width === 0 && frameRect.height === 0) return undefined;
    left += frameRect.left + frame.clientLeft;
    top += frameRect.top + frame.clientTop;
  }
  return { left, top, width: rect.width, height: rect.height };
}
