/**
 * A parcel's two areas (rules.md, "Area"): the planar Gauss-Krüger area that TXT files state in
 * 地块面积, and the ellipsoidal area on the CGCS2000 ellipsoid that the national survey rules
 * define as a 图斑's area. A parcel may be a multipolygon (ring-model.ts): each part counts
 * |outer| − Σ|holes|, never below zero, whatever the rings' orientations; without parts given,
 * ring 0 is the one outer ring and the others its holes. A closing repeat of the first point is
 * optional in both.
 */
import geographiclib from 'geographiclib-geodesic';
import type { RingPart } from './ring-model';

/** CGCS2000 ellipsoid (stack-notes.md): not WGS84 (1/f = 298.257223563), and not a sphere (@turf/area). */
export const CGCS2000_A = 6378137;
export const CGCS2000_F = 1 / 298.257222101;

const cgcs2000 = new geographiclib.Geodesic.Geodesic(CGCS2000_A, CGCS2000_F);

/**
 * |Shoelace area| of one interleaved (x, y) ring. Every vertex is taken relative to the ring's
 * first vertex before multiplying: with 8-digit prefixed eastings (≈ 3.5e7) the raw cross products
 * reach 1e14, where a double's spacing is ≈ 0.016 — centimetres of error per term on parcels that
 * are metres wide. Relative coordinates are a parcel's width, so each product keeps ≈ 1e-9 m².
 */
export function ringPlanarAreaM2(ring: Float64Array): number {
  const n = Math.floor(ring.length / 2);
  if (n < 3) return 0;
  const x0 = ring[0] ?? Number.NaN;
  const y0 = ring[1] ?? Number.NaN;
  let twice = 0;
  let px = 0;
  let py = 0;
  for (let i = 1; i < n; i++) {
    const x = (ring[2 * i] ?? Number.NaN) - x0;
    const y = (ring[2 * i + 1] ?? Number.NaN) - y0;
    twice += px * y - x * py;
    px = x;
    py = y;
  }
  // The closing edge back to the first vertex, (0, 0) here, adds px·0 − 0·py = 0.
  return Math.abs(twice) / 2;
}

/** Σ over parts of max(0, |outer| − Σ|holes|); NaN when a ring's area is. */
function partsAreaM2(rings: readonly Float64Array[], parts: readonly RingPart[] | undefined, ringArea: (ring: Float64Array) => number): number {
  const areas = rings.map(ringArea);
  const model = parts ?? (rings.length > 0 ? [{ shell: 0, holes: rings.map((_, i) => i).slice(1) }] : []);
  let total = 0;
  for (const part of model) {
    let area = areas[part.shell] ?? 0;
    for (const hole of part.holes) area -= areas[hole] ?? 0;
    total += Number.isNaN(area) ? area : Math.max(0, area);
  }
  return total;
}

/** Planar area in m² of (easting, northing) rings, by parts (default: ring 0 the shell). NaN when a coordinate is not a number. */
export function planarAreaM2(rings: readonly Float64Array[], parts?: readonly RingPart[]): number {
  return partsAreaM2(rings, parts, ringPlanarAreaM2);
}

/** |Geodesic area| of one interleaved (longitude, latitude) ring on the CGCS2000 ellipsoid, m². */
export function ringEllipsoidalAreaM2(lonLat: Float64Array): number {
  let n = Math.floor(lonLat.length / 2);
  // PolygonArea closes the ring itself; a filed closing repeat would only add a zero-length edge.
  if (n > 1 && lonLat[0] === lonLat[2 * n - 2] && lonLat[1] === lonLat[2 * n - 1]) n -= 1;
  if (n < 3) return 0;
  const polygon = cgcs2000.Polygon(false);
  for (let i = 0; i < n; i++) {
    const lon = lonLat[2 * i] ?? Number.NaN;
    const lat = lonLat[2 * i + 1] ?? Number.NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return Number.NaN;
    polygon.AddPoint(lat, lon);
  }
  // sign = true: a clockwise ring gives a negative area rather than the rest of the earth's.
  const area = polygon.Compute(false, true).area;
  return area === undefined ? Number.NaN : Math.abs(area);
}

/** Ellipsoidal area in m² of (longitude, latitude) rings in degrees, by parts (default: ring 0 the shell). NaN when a coordinate is not usable. */
export function ellipsoidalAreaM2(lonLatRings: readonly Float64Array[], parts?: readonly RingPart[]): number {
  return partsAreaM2(lonLatRings, parts, ringEllipsoidalAreaM2);
}
