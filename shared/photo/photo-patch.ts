/**
 * What the photo rules need to know about a patch (图斑): where it is and whether and when it was
 * rectified. Built from the sheet's records (a patch split into plots is several rows with one
 * 图斑编号: every plot's centre counts), or from the form on the platform.
 */
import type { IsoDate } from '../model/dates';
import { dateOf, numberOf, yesNoOf, type PatchRecord } from '../model/patch-record';
import { resolveCrs, toLonLat } from '../geometry/crs';
import type { GeoPosition } from './photo-exif';

export interface PhotoPatch {
  readonly patchId: string;
  /** 中心点 of each plot, as longitude/latitude (a projected centre with a zone prefix is converted). */
  readonly centres: readonly GeoPosition[];
  /** The 矢量范围, when known: rings of interleaved (longitude, latitude). */
  readonly boundary?: readonly Float64Array[];
  /** 是否消除违法状态 = 是 on the patch (every plot that answers it). */
  readonly resolved: boolean;
  /** 整改完成时间: the latest of the plots'. */
  readonly rectDate?: IsoDate;
}

const CHINA = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 };

/**
 * 中心点X = longitude, 中心点Y = latitude (fields.md), in degrees or in projected metres. A projected
 * centre is converted when its easting carries the zone prefix (8 digits); otherwise its zone is
 * unknown and the centre unusable. X and Y filed the other way round are taken as they obviously are.
 */
export function centreOf(x: number | undefined, y: number | undefined): GeoPosition | undefined {
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  // Latitudes in China stop below 54° and longitudes start at 73°: the two readings cannot both fit.
  if (x >= CHINA.minLat && x <= CHINA.maxLat && y >= CHINA.minLon && y <= CHINA.maxLon) return { lon: y, lat: x };
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return { lon: x, lat: y };
  for (const [easting, northing] of [
    [x, y],
    [y, x],
  ] as const) {
    const crs = resolveCrs({}, easting);
    if (!crs) continue;
    const [lon, lat] = toLonLat(crs, easting, northing);
    if (Number.isFinite(lon) && Number.isFinite(lat) && lon >= CHINA.minLon && lon <= CHINA.maxLon && lat >= CHINA.minLat && lat <= CHINA.maxLat) return { lon, lat };
  }
  return undefined;
}

/** Accumulates a sheet's rows into one PhotoPatch per 图斑编号 (ids compared as filed, trimmed). */
export class PhotoPatchIndex {
  readonly #patches = new Map<string, { centres: GeoPosition[]; resolvedAnswers: boolean[]; rectDates: IsoDate[] }>();
  readonly #boundaries = new Map<string, readonly Float64Array[]>();

  add(patchId: string, record: PatchRecord): void {
    const id = patchId.trim();
    if (id === '') return;
    let entry = this.#patches.get(id);
    if (!entry) {
      entry = { centres: [], resolvedAnswers: [], rectDates: [] };
      this.#patches.set(id, entry);
    }
    const centre = centreOf(numberOf(record, 'centerX'), numberOf(record, 'centerY'));
    if (centre) entry.centres.push(centre);
    const resolved = yesNoOf(record, 'rectResolved');
    if (resolved !== undefined) entry.resolvedAnswers.push(resolved);
    const rectDate = dateOf(record, 'rectDate');
    if (rectDate) entry.rectDates.push(rectDate);
  }

  setBoundary(patchId: string, lonLatRings: readonly Float64Array[]): void {
    if (lonLatRings.length > 0) this.#boundaries.set(patchId.trim(), lonLatRings);
  }

  get size(): number {
    return this.#patches.size;
  }

  ids(): IterableIterator<string> {
    return this.#patches.keys();
  }

  get(patchId: string): PhotoPatch | undefined {
    const entry = this.#patches.get(patchId);
    if (!entry) return undefined;
    const boundary = this.#boundaries.get(patchId);
    const rectDate = entry.rectDates.length > 0 ? entry.rectDates.reduce((a, b) => (a > b ? a : b)) : undefined;
    return {
      patchId,
      centres: entry.centres,
      ...(boundary ? { boundary } : {}),
      resolved: entry.resolvedAnswers.length > 0 && entry.resolvedAnswers.every(Boolean),
      ...(rectDate ? { rectDate } : {}),
    };
  }
}
