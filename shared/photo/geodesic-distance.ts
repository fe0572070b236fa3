/**
 * Ellipsoidal distances from a photo's position to its patch (photo-gps-far): to the nearest
 * 中心点, or — where the 矢量范围 is known — to the boundary (0 inside it). geographiclib on the
 * CGCS2000 ellipsoid, which WGS84 GPS positions match to centimetres at this scale.
 */
import geographiclib from 'geographiclib-geodesic';
import { CGCS2000_A, CGCS2000_F } from '../geometry/areas';
import type { GeoPosition } from './photo-exif';

const cgcs2000 = new geographiclib.Geodesic.Geodesic(CGCS2000_A, CGCS2000_F);

export interface DistanceFromPatch {
  /** Metres. */
  readonly metres: number;
  /** Bearing from the patch (centre or nearest boundary point) to the photo, degrees clockwise from north. */
  readonly bearing: number;
  readonly to: 'centre' | 'boundary';
}

function inverse(from: GeoPosition, to: GeoPosition): { metres: number; bearing: number } {
  const r = cgcs2000.Inverse(from.lat, from.lon, to.lat, to.lon);
  const bearing = ((r.azi1 ?? 0) + 360) % 360;
  return { metres: r.s12 ?? Number.NaN, bearing };
}

/** Even-odd point in polygon over every ring (holes included), in degrees: exact enough for "inside or not" at patch size. */
function insideRings(p: GeoPosition, rings: readonly Float64Array[]): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = Math.floor(ring.length / 2);
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[2 * i] ?? 0;
      const yi = ring[2 * i + 1] ?? 0;
      const xj = ring[2 * j] ?? 0;
      const yj = ring[2 * j + 1] ?? 0;
      if (yi > p.lat !== yj > p.lat && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The point of segment a–b nearest to p, found in a local plane scaled by cos(latitude) (segments
 * are metres to hundreds of metres long); the distance to it is then measured on the ellipsoid.
 */
function nearestOnSegment(p: GeoPosition, a: GeoPosition, b: GeoPosition): GeoPosition {
  const k = Math.cos((p.lat * Math.PI) / 180);
  const ax = (a.lon - p.lon) * k;
  const ay = a.lat - p.lat;
  const bx = (b.lon - p.lon) * k;
  const by = b.lat - p.lat;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return { lon: a.lon + t * (b.lon - a.lon), lat: a.lat + t * (b.lat - a.lat) };
}

function distanceToBoundary(p: GeoPosition, rings: readonly Float64Array[]): DistanceFromPatch | undefined {
  if (insideRings(p, rings)) return { metres: 0, bearing: 0, to: 'boundary' };
  let best: DistanceFromPatch | undefined;
  for (const ring of rings) {
    const n = Math.floor(ring.length / 2);
    // Closed or not: the closing segment of a closed ring has zero length and changes nothing.
    for (let i = 0; n > 1 && i < n; i++) {
      const a = { lon: ring[2 * i] ?? Number.NaN, lat: ring[2 * i + 1] ?? Number.NaN };
      const j = (i + 1) % n;
      const b = { lon: ring[2 * j] ?? Number.NaN, lat: ring[2 * j + 1] ?? Number.NaN };
      if (![a.lon, a.lat, b.lon, b.lat].every(Number.isFinite)) continue;
      const nearest = nearestOnSegment(p, a, b);
      const d = inverse(nearest, p);
      if (Number.isFinite(d.metres) && (!best || d.metres < best.metres)) best = { ...d, to: 'boundary' };
    }
  }
  return best;
}

/** The distance rules compare: to the boundary when known, else to the nearest 中心点; undefined when the patch has neither. */
export function distanceFromPatch(p: GeoPosition, centres: readonly GeoPosition[], boundary: readonly Float64Array[] | undefined): DistanceFromPatch | undefined {
  if (boundary && boundary.length > 0) {
    const toBoundary = distanceToBoundary(p, boundary);
    if (toBoundary) return toBoundary;
  }
  let best: DistanceFromPatch | undefined;
  for (const centre of centres) {
    const d = inverse(centre, p);
    if (Number.isFinite(d.metres) && (!best || d.metres < best.metres)) best = { ...d, to: 'centre' };
  }
  return best;
}

const DIRECTIONS = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'] as const;

/** 北, 东北, 东 … for a bearing (eight 45° sectors centred on the directions). */
export function directionName(bearing: number): string {
  return DIRECTIONS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8] ?? '北';
}
