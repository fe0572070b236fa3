/**
 * A parcel's rings as (easting, northing) interleaved arrays — the one axis order every
 * computation (validity, areas, overlaps) works in, whatever order the file was written in.
 */
import type { AxisOrder, Parcel } from './model';

export function planarRing(coords: Float64Array, axisOrder: AxisOrder): Float64Array {
  if (axisOrder === 'easting-northing') return coords;
  const out = new Float64Array(coords.length);
  for (let i = 0; i + 1 < coords.length; i += 2) {
    out[i] = coords[i + 1] ?? Number.NaN;
    out[i + 1] = coords[i] ?? Number.NaN;
  }
  return out;
}

/** The rings in file order (which are holes is for ring-model.ts to decide). Shares the arrays when the order is already (E, N). */
export function planarRings(parcel: Parcel, axisOrder: AxisOrder): Float64Array[] {
  return parcel.rings.map((ring) => planarRing(ring.coords, axisOrder));
}

/**
 * (E, N) rings closed implicitly: a ring whose last point differs from its first gets the first
 * appended. geom-ring-not-closed reports the filed ring; validity and areas then judge the ring
 * the filer meant, so one missing closing line does not hide every other finding.
 */
export function closedPlanarRings(parcel: Parcel, axisOrder: AxisOrder): Float64Array[] {
  return planarRings(parcel, axisOrder).map((ring) => {
    const n = Math.floor(ring.length / 2);
    if (n < 2 || (ring[0] === ring[2 * n - 2] && ring[1] === ring[2 * n - 1])) return ring;
    const closed = new Float64Array(2 * n + 2);
    closed.set(ring.subarray(0, 2 * n));
    closed[2 * n] = ring[0] ?? Number.NaN;
    closed[2 * n + 1] = ring[1] ?? Number.NaN;
    return closed;
  });
}
