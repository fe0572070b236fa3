/**
 * One step of JTS's RayCrossingCounter, shared by the validity stages (validity.ts) and the ring
 * model (ring-model.ts): how the edge (x1, y1)–(x2, y2) meets the ray from (x, y) towards +x,
 * decided with the exact orientation predicate so that a point on a boundary is never guessed.
 */
import { orient2d } from './orientation';

/** The point lies on the edge. */
export const ON_EDGE = -1;

/** ON_EDGE, 1 when the edge crosses the ray (counted towards "inside"), else 0. */
export function rayCrossing(x1: number, y1: number, x2: number, y2: number, x: number, y: number): number {
  if (x1 < x && x2 < x) return 0;
  if (x === x2 && y === y2) return ON_EDGE;
  if (y1 === y && y2 === y) return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) ? ON_EDGE : 0;
  if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
    let side = Math.sign(orient2d(x1, y1, x2, y2, x, y));
    if (side === 0) return ON_EDGE;
    if (y2 < y1) side = -side;
    return side > 0 ? 1 : 0;
  }
  return 0;
}
