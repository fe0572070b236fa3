/**
 * Which rings of a parcel are outer rings and which are holes, decided by geometry
 * (coordinate-txt.md, "rings"): a ring lying inside another ring of the parcel is its hole, a ring
 * inside that hole is an outer ring again (an island), and so on by depth — whatever the 圈号 and
 * whatever the order, because export tools number every ring of a multi-part parcel (1, 2, … or
 * 101, 201) and some write holes before their shell. A parcel is thus a multipolygon: parts, each
 * an outer ring with its holes.
 *
 * Orientation and a file's own structure (a GeoJSON Polygon's inner rings, a shapefile's
 * counter-clockwise rings) are only declared roles: containment still decides, and a ring the
 * file declares a hole that contains-analysis finds lying in no outer ring is reported as such
 * (geom-hole-outside-shell), the one case where the file's word and the geometry disagree.
 *
 * Input: (easting, northing) rings, closed or not (planar-rings.ts). Rings that cannot bound anything
 * (non-finite coordinates, fewer than three distinct points, no area) are parts of their own, so
 * that validity reports them once, as it would a lone polygon.
 */
import { ON_EDGE, rayCrossing } from './ray-crossing';

/** One polygon of the parcel: indices into the parcel's rings. */
export interface RingPart {
  readonly shell: number;
  readonly holes: readonly number[];
}

export type DeclaredRole = 'outer' | 'hole' | undefined;

/** A ring the file declares a hole that lies in no outer ring (depth 0) or inside another hole's island chain (depth ≥ 2). */
export interface MisplacedHole {
  readonly ring: number;
  readonly kind: 'hole-outside-shell' | 'nested-holes';
  /** The ring it lies in, when it lies in one. */
  readonly container?: number;
}

export interface RingModel {
  readonly parts: readonly RingPart[];
  readonly misplacedHoles: readonly MisplacedHole[];
}

interface RingFacts {
  readonly usable: boolean;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly area: number;
}

/** |Area| of an (E, N) ring relative to its first vertex (see areas.ts for why relative). */
function ringArea(ring: Float64Array): number {
  const n = Math.floor(ring.length / 2);
  const x0 = ring[0] ?? Number.NaN;
  const y0 = ring[1] ?? Number.NaN;
  let twice = 0;
  for (let i = 1; i + 1 < n; i += 1) {
    const ax = (ring[2 * i] ?? Number.NaN) - x0;
    const ay = (ring[2 * i + 1] ?? Number.NaN) - y0;
    const bx = (ring[2 * i + 2] ?? Number.NaN) - x0;
    const by = (ring[2 * i + 3] ?? Number.NaN) - y0;
    twice += ax * by - bx * ay;
  }
  return Math.abs(twice) / 2;
}

/** A ring's bounding box; `finite` false when a coordinate is not a number. */
export function ringBounds(ring: Float64Array): { minX: number; minY: number; maxX: number; maxY: number; finite: boolean } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let finite = true;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = ring[i] ?? Number.NaN;
    const y = ring[i + 1] ?? Number.NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) finite = false;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY, finite };
}

function factsOf(ring: Float64Array): RingFacts {
  const { minX, minY, maxX, maxY, finite } = ringBounds(ring);
  const area = finite ? ringArea(ring) : Number.NaN;
  return { usable: finite && ring.length >= 6 && area > 0, minX, minY, maxX, maxY, area };
}

type Location = 'interior' | 'exterior' | 'boundary';

/** Where (x, y) lies with respect to a ring, closed or not: ray crossing with the exact orientation predicate (as JTS). */
export function locatePointInRing(ring: Float64Array, x: number, y: number): Location {
  let crossings = 0;
  const n = ring.length - (ring.length % 2);
  for (let i = 0; i + 1 < n; i += 2) {
    // The edge from vertex i to the next, the last vertex back to the first (zero-length when closed).
    const j = (i + 2) % n;
    const step = rayCrossing(ring[i] ?? Number.NaN, ring[i + 1] ?? Number.NaN, ring[j] ?? Number.NaN, ring[j + 1] ?? Number.NaN, x, y);
    if (step === ON_EDGE) return 'boundary';
    crossings += step;
  }
  return crossings % 2 === 1 ? 'interior' : 'exterior';
}

/**
 * Whether ring `inner` lies inside ring `outer`, judged at its first vertex not on `outer`'s
 * boundary (rings that cross are validity's business; whichever way this falls, validity reports
 * the crossing). When every vertex lies on `outer` (a diamond hole touching its shell at each
 * corner), at the first edge midpoint that does not; false when none (the same ring filed twice).
 */
function liesInside(inner: Float64Array, outer: Float64Array): boolean {
  for (let i = 0; i + 1 < inner.length; i += 2) {
    const location = locatePointInRing(outer, inner[i] ?? Number.NaN, inner[i + 1] ?? Number.NaN);
    if (location !== 'boundary') return location === 'interior';
  }
  for (let i = 0; i + 3 < inner.length; i += 2) {
    const x = ((inner[i] ?? Number.NaN) + (inner[i + 2] ?? Number.NaN)) / 2;
    const y = ((inner[i + 1] ?? Number.NaN) + (inner[i + 3] ?? Number.NaN)) / 2;
    const location = locatePointInRing(outer, x, y);
    if (location !== 'boundary') return location === 'interior';
  }
  return false;
}

/** Boxes that meet (not necessarily one within the other: a hole crossing its shell is still its hole). */
function boxesMeet(a: RingFacts, b: RingFacts): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** The parcel's parts by containment; `roles` (optional) are what the file declares per ring. */
export function ringModel(rings: readonly Float64Array[], roles: readonly DeclaredRole[] = []): RingModel {
  if (rings.length <= 1) return { parts: rings.length === 1 ? [{ shell: 0, holes: [] }] : [], misplacedHoles: [] };
  const facts = rings.map(factsOf);
  const depth = new Int32Array(rings.length);
  const parent = new Int32Array(rings.length).fill(-1);
  rings.forEach((ring, i) => {
    const fi = facts[i];
    if (!fi?.usable) return;
    rings.forEach((other, j) => {
      const fj = facts[j];
      if (j === i || !fj?.usable || fj.area < fi.area || !boxesMeet(fi, fj) || !liesInside(ring, other)) return;
      depth[i] = (depth[i] ?? 0) + 1;
      const p = parent[i] ?? -1;
      // The innermost container is the parent: the smallest one.
      if (p < 0 || fj.area < (facts[p]?.area ?? Infinity)) parent[i] = j;
    });
  });

  const partOfShell = new Map<number, { shell: number; holes: number[] }>();
  const parts: { shell: number; holes: number[] }[] = [];
  const isHole = (i: number): boolean => {
    const p = parent[i] ?? -1;
    // A hole's container must itself be an outer ring; where crossing rings make the depths
    // inconsistent, the ring is taken as an outer ring and validity reports the crossing.
    return (depth[i] ?? 0) % 2 === 1 && p >= 0 && (depth[p] ?? 0) % 2 === 0;
  };
  rings.forEach((_, i) => {
    if (isHole(i)) return;
    const part = { shell: i, holes: [] as number[] };
    partOfShell.set(i, part);
    parts.push(part);
  });
  rings.forEach((_, i) => {
    if (isHole(i)) partOfShell.get(parent[i] ?? -1)?.holes.push(i);
  });

  const misplacedHoles: MisplacedHole[] = [];
  roles.forEach((role, i) => {
    if (role !== 'hole' || isHole(i) || !facts[i]?.usable) return;
    const container = parent[i] ?? -1;
    misplacedHoles.push(container < 0 ? { ring: i, kind: 'hole-outside-shell' } : { ring: i, kind: 'nested-holes', container });
  });
  return { parts, misplacedHoles };
}

/** Ring indices of a part, shell first: the order checkValidity and the area functions take. */
export function partRingIndices(part: RingPart): number[] {
  return [part.shell, ...part.holes];
}

/** The rings of each part, shell first (arrays shared, not copied). */
export function partRings(rings: readonly Float64Array[], parts: readonly RingPart[]): Float64Array[][] {
  return parts.map((part) => partRingIndices(part).flatMap((i) => (rings[i] ? [rings[i]] : [])));
}
