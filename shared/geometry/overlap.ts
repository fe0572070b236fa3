/**
 * Overlaps among all parcels of a batch (geom-overlap: double counting). A Flatbush R-tree over
 * the parcels' bounding boxes yields candidate pairs; the exact intersection test runs only on
 * those, part by part for multi-part parcels (ring-model.ts), and the overlap area only on pairs
 * that meet (polygon-overlap.ts).
 *
 * Parcels cross threads packed (PackedParcels): one Float64Array of (easting, northing) pairs
 * and two offset arrays, three transferable buffers however large the batch.
 */
import Flatbush from 'flatbush';
import { pairOverlap, shellBbox, type Bbox } from './polygon-overlap';
import { partRings, ringModel } from './ring-model';

/** The bounding box of all of a parcel's rings (a multi-part parcel's outer rings may lie anywhere). */
function parcelBbox(rings: readonly Float64Array[]): Bbox | undefined {
  if (rings.length === 1) return shellBbox(rings);
  let box: Bbox | undefined;
  for (const ring of rings) {
    const b = shellBbox([ring]);
    if (!b) continue;
    box = box ? { minX: Math.min(box.minX, b.minX), minY: Math.min(box.minY, b.minY), maxX: Math.max(box.maxX, b.maxX), maxY: Math.max(box.maxY, b.maxY) } : b;
  }
  return box;
}

/**
 * A parcel's parts as polygons, outer ring first (ring-model.ts): decided only for parcels that
 * meet another one's box, and only when the parcel has several rings — most have one.
 */
function partsOf(rings: readonly Float64Array[]): readonly (readonly Float64Array[])[] {
  return rings.length === 1 ? [rings] : partRings(rings, ringModel(rings).parts);
}

/** The common area of two parcels, part by part (a multipolygon's parts do not overlap); undefined when no parts meet. */
function parcelOverlap(a: readonly (readonly Float64Array[])[], b: readonly (readonly Float64Array[])[]): number | undefined {
  let total: number | undefined;
  for (const pa of a) {
    for (const pb of b) {
      const area = pairOverlap(pa, pb);
      if (area !== undefined) total = (total ?? 0) + area;
    }
  }
  return total;
}

/**
 * Below this, a common area is float noise or a digitising sliver, not double counting:
 * 0.01 m² (one square decimetre) — a 1 mm survey discrepancy along a 20 m shared edge. Inferred;
 * callers may pass their own.
 */
export const DEFAULT_MIN_OVERLAP_M2 = 0.01;

export interface OverlapPair {
  /** 0-based positions in the batch, a < b. */
  readonly a: number;
  readonly b: number;
  readonly areaM2: number;
}

export interface OverlapOptions {
  readonly minAreaM2?: number;
}

/** Every pair of parcels (each given as its (E, N) rings, outer rings and holes told apart by containment) whose common area exceeds the minimum. */
export function findOverlaps(parcels: readonly (readonly Float64Array[])[], options: OverlapOptions = {}): OverlapPair[] {
  const minArea = options.minAreaM2 ?? DEFAULT_MIN_OVERLAP_M2;
  const indexed: number[] = [];
  const boxes: number[] = [];
  parcels.forEach((rings, i) => {
    const box = parcelBbox(rings);
    if (!box) return;
    indexed.push(i);
    boxes.push(box.minX, box.minY, box.maxX, box.maxY);
  });
  const pairs: OverlapPair[] = [];
  if (indexed.length < 2) return pairs;
  const tree = new Flatbush(indexed.length);
  for (let k = 0; k < indexed.length; k += 1) tree.add(boxes[4 * k] ?? 0, boxes[4 * k + 1] ?? 0, boxes[4 * k + 2] ?? 0, boxes[4 * k + 3] ?? 0);
  tree.finish();
  const parts = new Map<number, readonly (readonly Float64Array[])[]>();
  const partsAt = (i: number): readonly (readonly Float64Array[])[] => {
    const rings = parcels[i] ?? [];
    if (rings.length === 1) return [rings];
    let found = parts.get(i);
    if (!found) {
      found = partsOf(rings);
      parts.set(i, found);
    }
    return found;
  };
  for (let k = 0; k < indexed.length; k += 1) {
    const candidates = tree.search(boxes[4 * k] ?? 0, boxes[4 * k + 1] ?? 0, boxes[4 * k + 2] ?? 0, boxes[4 * k + 3] ?? 0, (other) => other > k);
    if (candidates.length === 0) continue;
    const i = indexed[k] ?? 0;
    for (const other of candidates) {
      const j = indexed[other] ?? 0;
      const area = parcelOverlap(partsAt(i), partsAt(j));
      if (area !== undefined && area > minArea) pairs.push(i < j ? { a: i, b: j, areaM2: area } : { a: j, b: i, areaM2: area });
    }
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** Parcels packed for a thread crossing: coordinates and offsets in three transferable buffers. */
export interface PackedParcels {
  /** (easting, northing) pairs of every ring of every parcel, in order. */
  readonly coords: Float64Array;
  /** Ring r's points are coords[2·ringStarts[r] … 2·ringStarts[r + 1]); length = rings + 1. */
  readonly ringStarts: Uint32Array;
  /** Parcel p's rings are ringStarts indices parcelStarts[p] … parcelStarts[p + 1]; length = parcels + 1. */
  readonly parcelStarts: Uint32Array;
}

export function packParcels(parcels: readonly (readonly Float64Array[])[]): PackedParcels {
  let ringCount = 0;
  let valueCount = 0;
  for (const rings of parcels) {
    ringCount += rings.length;
    for (const ring of rings) valueCount += ring.length - (ring.length % 2);
  }
  const coords = new Float64Array(valueCount);
  const ringStarts = new Uint32Array(ringCount + 1);
  const parcelStarts = new Uint32Array(parcels.length + 1);
  let r = 0;
  let at = 0;
  parcels.forEach((rings, p) => {
    parcelStarts[p] = r;
    for (const ring of rings) {
      ringStarts[r] = at / 2;
      const even = ring.length - (ring.length % 2);
      coords.set(even === ring.length ? ring : ring.subarray(0, even), at);
      at += even;
      r += 1;
    }
  });
  ringStarts[ringCount] = at / 2;
  parcelStarts[parcels.length] = ringCount;
  return { coords, ringStarts, parcelStarts };
}

/** Views into the packed buffer (no copy). Malformed offsets give empty rings, never a throw. */
export function unpackParcels(packed: PackedParcels): Float64Array[][] {
  const { coords, ringStarts, parcelStarts } = packed;
  const parcels: Float64Array[][] = [];
  for (let p = 0; p + 1 < parcelStarts.length; p += 1) {
    const rings: Float64Array[] = [];
    const r1 = Math.min(parcelStarts[p + 1] ?? 0, ringStarts.length - 1);
    for (let r = parcelStarts[p] ?? 0; r < r1; r += 1) {
      const start = 2 * (ringStarts[r] ?? 0);
      const end = 2 * (ringStarts[r + 1] ?? 0);
      rings.push(end >= start && end <= coords.length ? coords.subarray(start, end) : new Float64Array(0));
    }
    parcels.push(rings);
  }
  return parcels;
}

/** The buffers to transfer when posting a PackedParcels. */
export function packedTransferables(packed: PackedParcels): ArrayBuffer[] {
  return [packed.coords.buffer, packed.ringStarts.buffer, packed.parcelStarts.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
