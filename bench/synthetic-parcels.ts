/**
 * Synthetic violation ranges for the geometry benchmark (bench/geometry.ts): a county's worth of
 * parcels as (easting, northing) rings in CGCS2000 zone 39 (prefixed eastings, millimetre
 * coordinates as 精度=0.001 files them). Seeded: the same batch on every machine.
 *
 * Layout: one parcel per 200 m grid cell, centred, radius ≤ 60 m, so neighbours never meet
 * (sparse, as real ranges are) — except the planted overlaps, which lean into the next cell.
 * Shells are star-shaped (sorted angles, jittered radii): concave, simple. Some carry a hole;
 * the planted bow-ties have two neighbouring shell vertices swapped.
 */
import { Prng } from '../tests/fixtures/prng';

export interface SyntheticParcel {
  /** Ring 0 = shell, then holes; closed; (E, N) interleaved. */
  readonly rings: Float64Array[];
  readonly kind: 'plain' | 'hole' | 'bow-tie' | 'overlapping';
}

export interface SyntheticBatch {
  readonly parcels: SyntheticParcel[];
  /** Index pairs planted to overlap (a < b). */
  readonly plantedOverlaps: [number, number][];
}

export interface BatchOptions {
  readonly count: number;
  readonly seed: number;
  /** Share of parcels with a hole, of bow-ties, of parcels leaning into their east neighbour. */
  readonly holeRate: number;
  readonly bowTieRate: number;
  readonly overlapRate: number;
  /** Shell points including the closing one: uniform in [minPoints, maxPoints]. */
  readonly minPoints: number;
  readonly maxPoints: number;
}

const CELL = 200;
const ORIGIN_E = 39_500_000;
const ORIGIN_N = 3_300_000;

const mm = (v: number): number => Math.round(v * 1000) / 1000;

/** A closed star-shaped ring of `n` distinct vertices around (cx, cy), radii in [rMin, rMax], counter-clockwise. */
export function starRing(rng: Prng, cx: number, cy: number, n: number, rMin: number, rMax: number): Float64Array {
  // Evenly spread angles with jitter keep every gap below 180° (the ring stays simple).
  const step = (2 * Math.PI) / n;
  const ring = new Float64Array(2 * n + 2);
  for (let i = 0; i < n; i += 1) {
    const angle = i * step + rng.next() * step * 0.8;
    const r = rMin + rng.next() * (rMax - rMin);
    ring[2 * i] = mm(cx + Math.cos(angle) * r);
    ring[2 * i + 1] = mm(cy + Math.sin(angle) * r);
  }
  ring[2 * n] = ring[0] ?? 0;
  ring[2 * n + 1] = ring[1] ?? 0;
  return ring;
}

/**
 * Swaps vertex i with the one half-way round a closed ring (keeping it closed): the edges to and
 * from the two swapped vertices then cross the ring — a bow-tie. (Swapping neighbours would often
 * leave a star polygon simple.)
 */
function twist(ring: Float64Array, i: number): void {
  const n = ring.length / 2 - 1;
  const a = i % n;
  const b = (i + Math.floor(n / 2)) % n;
  const ax = ring[2 * a] ?? 0;
  const ay = ring[2 * a + 1] ?? 0;
  ring[2 * a] = ring[2 * b] ?? 0;
  ring[2 * a + 1] = ring[2 * b + 1] ?? 0;
  ring[2 * b] = ax;
  ring[2 * b + 1] = ay;
  ring[2 * n] = ring[0] ?? 0;
  ring[2 * n + 1] = ring[1] ?? 0;
}

export function syntheticBatch(options: BatchOptions): SyntheticBatch {
  const rng = new Prng(options.seed);
  const columns = Math.ceil(Math.sqrt(options.count * 1.6));
  const parcels: SyntheticParcel[] = [];
  const plantedOverlaps: [number, number][] = [];
  for (let k = 0; k < options.count; k += 1) {
    const col = k % columns;
    const row = Math.floor(k / columns);
    const lastInRow = col === columns - 1 || k === options.count - 1;
    // Two leaning neighbours in a row would keep their distance: only one of them leans.
    const afterLeaning = parcels[k - 1]?.kind === 'overlapping' && col > 0;
    const roll = rng.next();
    let kind: SyntheticParcel['kind'] = 'plain';
    if (roll < options.bowTieRate) kind = 'bow-tie';
    else if (roll < options.bowTieRate + options.overlapRate && !lastInRow && !afterLeaning) kind = 'overlapping';
    else if (roll < options.bowTieRate + options.overlapRate + options.holeRate) kind = 'hole';
    // A twisted triangle is still a triangle: bow-ties get at least four corners.
    const n = rng.int(kind === 'bow-tie' ? Math.max(4, options.minPoints - 1) : options.minPoints - 1, options.maxPoints - 1);
    let cx = ORIGIN_E + col * CELL + CELL / 2;
    const cy = ORIGIN_N + row * CELL + CELL / 2;
    // Leaning 150 m east puts this shell (radius ≥ 30 m) well into its neighbour's (≥ 30 m).
    if (kind === 'overlapping') cx += 150;
    const shell = starRing(rng, cx, cy, n, 30, 60);
    const rings = [shell];
    // Inside the shell's inner radius (30 m); orientation does not matter to validity or areas.
    if (kind === 'hole') rings.push(starRing(rng, cx, cy, rng.int(3, 12), 5, 15));
    if (kind === 'bow-tie') twist(shell, rng.int(0, n - 1));
    parcels.push({ rings, kind });
    if (kind === 'overlapping') plantedOverlaps.push([k, k + 1]);
  }
  return { parcels, plantedOverlaps };
}

/** One valid star ring of `n` vertices (+ closing point), for the single-ring timings. */
export function bigRing(n: number, seed: number): Float64Array {
  const rng = new Prng(seed);
  return starRing(rng, ORIGIN_E + 500, ORIGIN_N + 500, n, 300, 400);
}
