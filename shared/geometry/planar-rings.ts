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

/** Ring 0 = shell, then the holes, in file order. Shares the arrays when the order is already (E, N). */
export function planarRings(parcel: Parcel, axisOrder: AxisOrder): Float64Array[] {
  return parcel.rings.map((ring) => planarRing(ring.coords, axisOrder));
}
