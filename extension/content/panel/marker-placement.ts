import type { ViewportBox } from './anchor-geometry';

/**
 * Where a marker may go (issue 11): beside the field, never over any control or label of the page
 * (a click on a marker must never be a click meant for 否 or for a select's arrow), never over
 * another marker or the panel, inside the viewport. Pure geometry over viewport boxes.
 */
export const MARKER_SIZE = 16;
const GAP = 3;

function intersects(a: ViewportBox, b: ViewportBox): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The places tried, in order: right of the control, left of it, above and below its right end, then further out. */
function candidates(anchor: ViewportBox): ViewportBox[] {
  const s = MARKER_SIZE;
  const midTop = anchor.top + anchor.height / 2 - s / 2;
  const right = anchor.left + anchor.width + GAP;
  const left = anchor.left - GAP - s;
  const spots: [number, number][] = [
    [right, midTop],
    [left, midTop],
    [anchor.left + anchor.width - s, anchor.top - GAP - s],
    [anchor.left + anchor.width - s, anchor.top + anchor.height + GAP],
    [anchor.left, anchor.top - GAP - s],
    [right, anchor.top - GAP - s],
    [left, anchor.top - GAP - s],
  ];
  for (let step = 1; step <= 3; step += 1) spots.push([right + step * (s + GAP), midTop], [left - step * (s + GAP), midTop]);
  return spots.map(([l, t]) => ({ left: Math.round(l), top: Math.round(t), width: s, height: s }));
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The first free place for a marker of `anchor`, or undefined when every place would cover something. */
export function placeMarker(anchor: ViewportBox, obstacles: readonly ViewportBox[], taken: readonly ViewportBox[], viewport: Viewport): ViewportBox | undefined {
  for (const spot of candidates(anchor)) {
    if (spot.left < 0 || spot.top < 0 || spot.left + spot.width > viewport.width || spot.top + spot.height > viewport.height) continue;
    if (obstacles.some((o) => intersects(spot, o)) || taken.some((o) => intersects(spot, o))) continue;
    return spot;
  }
  return undefined;
}

/**
 * A free height for the collapsed tab on the viewport's edge strip (`stripLeft`…+`width`), as near
 * the preferred top as possible; undefined when the whole strip is covered by controls.
 */
export function placeEdgeTab(strip: { readonly left: number; readonly width: number; readonly height: number }, preferredTop: number, obstacles: readonly ViewportBox[], viewport: Viewport): number | undefined {
  const tops: number[] = [];
  for (let top = 0; top + strip.height <= viewport.height; top += 8) tops.push(top);
  tops.sort((a, b) => Math.abs(a - preferredTop) - Math.abs(b - preferredTop));
  return tops.find((top) => !obstacles.some((o) => intersects({ left: strip.left, top, width: strip.width, height: strip.height }, o)));
}
