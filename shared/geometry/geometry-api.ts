/**
 * What a geometry Worker offers (rules.md: geometry runs in a Worker), as a plain object so that
 * the same calls run in-process (the CLI, tests) and in the extension's Web Worker
 * (extension/offscreen/geometry-worker.ts). Everything passed in and out is structured-
 * clonable data; coordinates travel as typed arrays (PackedParcels, Float64Array rings) whose
 * buffers are transferred, never as GeoJSON objects.
 */
import type { GeometryCheckOptions, GeometryCheckResult } from './check-coordinate-file';
import { checkCoordinateFile } from './check-coordinate-file';
import { findOverlaps, packedTransferables, unpackParcels, type PackedParcels } from './overlap';

/** Options of checkFile: everything but the rule list (functions do not cross threads). */
export type CheckFileOptions = Omit<GeometryCheckOptions, 'rules'>;

/** Parcels from any number of files, checked together for double counting. */
export interface OverlapBatch {
  /** One id per parcel (e.g. "文件名#地块编号"), in the order of `parcels`. */
  readonly ids: readonly string[];
  readonly parcels: PackedParcels;
  /** Common areas up to this are not overlaps; default overlap.ts DEFAULT_MIN_OVERLAP_M2. */
  readonly minAreaM2?: number;
}

export interface OverlapFound {
  /** 0-based positions in the batch, a < b, with their ids. */
  readonly a: number;
  readonly b: number;
  readonly aId: string;
  readonly bId: string;
  readonly areaM2: number;
}

export const geometryApi = {
  /** Reads and checks one boundary file (TXT, zipped shapefile, GeoJSON). */
  checkFile(bytes: Uint8Array, fileName: string, options: CheckFileOptions): GeometryCheckResult {
    return checkCoordinateFile(bytes, fileName, options);
  },

  /** Every overlapping pair among the batch's parcels, with the common area in m². */
  findOverlaps(batch: OverlapBatch): OverlapFound[] {
    const parcels = unpackParcels(batch.parcels);
    const pairs = findOverlaps(parcels, batch.minAreaM2 !== undefined ? { minAreaM2: batch.minAreaM2 } : {});
    return pairs.map((p) => ({ ...p, aId: batch.ids[p.a] ?? String(p.a + 1), bId: batch.ids[p.b] ?? String(p.b + 1) }));
  },
};

export type GeometryApi = typeof geometryApi;

/** The buffers of a checkFile result worth transferring back (its packed geometry), none otherwise. */
export function resultTransferables(result: GeometryCheckResult): ArrayBuffer[] {
  return result.geometry ? packedTransferables(result.geometry) : [];
}

/** The buffers of checkFile's arguments to transfer to the worker: the file's bytes and the patch rings. */
export function checkFileTransferables(bytes: Uint8Array, options: CheckFileOptions): ArrayBuffer[] {
  const buffers = [bytes.buffer, ...(options.patchRings ?? []).map((ring) => ring.buffer)];
  return [...new Set(buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}
