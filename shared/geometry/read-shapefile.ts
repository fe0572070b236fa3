/**
 * Zipped shapefiles (.shp + .dbf + .prj + .cpg), or a lone .shp, → CoordinateFile.
 *
 * Coordinates stay exactly as stored (x = easting, y = northing; never reprojected). The polygon
 * records are read here rather than by shpjs's parseShp, which regroups rings by bounding box,
 * may reverse them, and silently drops a hole that lies in no outer ring — the very defect
 * geom-hole-outside-shell must report. One record is one parcel, a multipolygon when it has
 * several outer rings; its rings keep their stored order (圈号 1, 2, …) and the role the ESRI
 * rule declares (outer rings clockwise, holes counter-clockwise), and the ring model
 * (ring-model.ts) groups them by containment as for every format. 记录号 names the record (the
 * GIS FID + 1). Never throws.
 */
import { decodeText } from '../sheet/decode-text';
import { parcelIdOf, parcelNameOf } from './feature-attributes';
import type { CoordinateFile, DeclaredCrs, Parcel, ReadProblem, Ring } from './model';
import { readDbf, type DbfTable } from './read-dbf';
import { declaredCrsFromPrj } from './read-prj';
import { ProblemList, readProblem } from './read-problem-messages';
import { readZipEntry, type ZipEntry } from '../zip/zip-archive';

/** No entry is inflated beyond this: a shapefile of range polygons is megabytes, a zip bomb is not. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const SHAPE_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: '点（Point）',
  3: '线（PolyLine）',
  8: '多点（MultiPoint）',
  11: '点（PointZ）',
  13: '线（PolyLineZ）',
  18: '多点（MultiPointZ）',
  21: '点（PointM）',
  23: '线（PolyLineM）',
  28: '多点（MultiPointM）',
  31: '多面片（MultiPatch）',
};
const POLYGON_TYPES = new Set([5, 15, 25]);

function isShpExtension(name: string, ext: string): boolean {
  return name.toLowerCase().endsWith(`.${ext}`);
}

/** Resource forks and macOS metadata zipped along (__MACOSX/, ._name) are not layers. */
function isJunk(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return name.startsWith('__MACOSX/') || name.includes('/__MACOSX/') || base.startsWith('._');
}

/** The .shp entries of an archive. */
export function shapefileEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => isShpExtension(e.name, 'shp') && !isJunk(e.name));
}

/** A .shp file starts with the big-endian file code 9994 and has version 1000. */
export function isShp(bytes: Uint8Array): boolean {
  if (bytes.length < 100) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getInt32(0, false) === 9994 && view.getInt32(28, true) === 1000;
}

/**
 * A .shx index has the .shp's header (file code 9994, version 1000) but 8-byte entries whose first
 * offset is 50 words (the first record right after the 100-byte header).
 */
export function isShx(bytes: Uint8Array): boolean {
  if (!isShp(bytes) || bytes.length < 108 || (bytes.length - 100) % 8 !== 0) return false;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(100, false) === 50;
}

interface ShpRecord {
  /** 1-based position in the file, which is also the record's row in the .dbf. */
  readonly recordNo: number;
  /** Rings as stored: interleaved (x, y), closing point included. Empty for a null shape. */
  readonly rings: readonly Float64Array[];
  /** Already reported as damaged (shp-record-invalid), so not again as a null shape. */
  readonly damaged?: boolean;
}

interface ShpRead {
  readonly records: readonly ShpRecord[];
  readonly polygon: boolean;
}

function readShpRecords(bytes: Uint8Array, entry: string, problems: ProblemList): ShpRead | undefined {
  if (!isShp(bytes)) {
    problems.add(readProblem('geom-parse-error', 'shp-header-invalid', { entry }));
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileType = view.getInt32(32, true);
  if (fileType !== 0 && !POLYGON_TYPES.has(fileType)) {
    problems.add(readProblem('geom-parse-error', 'shp-not-polygon', { entry, shapeType: SHAPE_TYPE_NAMES[fileType] ?? `类型 ${fileType}` }));
    return { records: [], polygon: false };
  }
  const records: ShpRecord[] = [];
  let offset = 100;
  while (offset + 8 <= bytes.length) {
    const recordNo = records.length + 1;
    const contentLength = view.getInt32(offset + 4, false) * 2;
    const c = offset + 8;
    if (contentLength < 4 || c + contentLength > bytes.length) {
      problems.add(readProblem('geom-parse-error', 'shp-record-truncated', { entry, record: recordNo }));
      break;
    }
    offset = c + contentLength;
    const shapeType = view.getInt32(c, true);
    if (shapeType === 0) {
      records.push({ recordNo, rings: [] });
      continue;
    }
    if (!POLYGON_TYPES.has(shapeType) || contentLength < 44) {
      problems.add(readProblem('geom-parse-error', 'shp-record-invalid', { entry, record: recordNo }));
      records.push({ recordNo, rings: [], damaged: true });
      continue;
    }
    const numParts = view.getInt32(c + 36, true);
    const numPoints = view.getInt32(c + 40, true);
    const pointsAt = c + 44 + 4 * numParts;
    if (numParts < 0 || numPoints < 0 || 44 + 4 * numParts + 16 * numPoints > contentLength) {
      problems.add(readProblem('geom-parse-error', 'shp-record-invalid', { entry, record: recordNo }));
      records.push({ recordNo, rings: [], damaged: true });
      continue;
    }
    const starts: number[] = [];
    for (let k = 0; k < numParts; k++) starts.push(view.getInt32(c + 44 + 4 * k, true));
    if (starts.some((s, k) => s < 0 || s > numPoints || (k > 0 && s < (starts[k - 1] ?? 0))) || (numParts > 0 && starts[0] !== 0)) {
      problems.add(readProblem('geom-parse-error', 'shp-record-invalid', { entry, record: recordNo }));
      records.push({ recordNo, rings: [], damaged: true });
      continue;
    }
    const rings: Float64Array[] = [];
    for (let k = 0; k < numParts; k++) {
      const from = starts[k] ?? 0;
      const to = k + 1 < numParts ? (starts[k + 1] ?? numPoints) : numPoints;
      if (to <= from) continue;
      const ring = new Float64Array(2 * (to - from));
      for (let i = from; i < to; i++) {
        ring[2 * (i - from)] = view.getFloat64(pointsAt + 16 * i, true);
        ring[2 * (i - from) + 1] = view.getFloat64(pointsAt + 16 * i + 8, true);
      }
      rings.push(ring);
    }
    records.push({ recordNo, rings });
  }
  return { records, polygon: true };
}

/** Twice the signed area in (x = easting, y = northing): negative = clockwise. Relative to the first point, for precision with 8-digit eastings. */
function signedArea2(ring: Float64Array): number {
  const n = ring.length / 2;
  const x0 = ring[0] ?? 0;
  const y0 = ring[1] ?? 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    sum += ((ring[2 * i] ?? 0) - x0) * ((ring[2 * j + 1] ?? 0) - y0) - ((ring[2 * j] ?? 0) - x0) * ((ring[2 * i + 1] ?? 0) - y0);
  }
  return sum;
}

/**
 * Each ring's declared role by the ESRI rule (outer rings clockwise, holes counter-clockwise).
 * Writers that ignore it and write every ring counter-clockwise are read with the roles swapped,
 * as GDAL does. The ring model (ring-model.ts) then decides by containment; a declared hole that
 * lies in no outer ring is what geom-hole-outside-shell reports.
 */
function rolesOf(rings: readonly Float64Array[]): ('outer' | 'hole')[] {
  const areas = rings.map(signedArea2);
  let clockwiseOuter = areas.some((a) => a < 0);
  if (!clockwiseOuter && !areas.some((a) => a > 0)) clockwiseOuter = true; // all degenerate
  return areas.map((a, i) => ((clockwiseOuter ? a < 0 : a > 0) || (a === 0 && i === 0) ? 'outer' : 'hole'));
}

function ringOf(coords: Float64Array, ringNo: number, role: 'outer' | 'hole'): Ring {
  const n = coords.length / 2;
  return { ringNo, role, coords, pointNames: new Array<string>(n).fill(''), lines: new Int32Array(n) };
}

export interface ShapefileLayer {
  /** The .shp entry's name, as problems name it. */
  readonly entry: string;
  readonly shp: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: string;
  readonly cpg?: string;
}

interface LayerResult {
  readonly parcels: readonly Omit<Parcel, 'index'>[];
  readonly declaredCrs?: DeclaredCrs;
  readonly encoding?: string;
}

function readLayer(layer: ShapefileLayer, layerLabel: string | undefined, problems: ProblemList, fileName: string): LayerResult {
  const shp = readShpRecords(layer.shp, layer.entry, problems);
  let table: DbfTable | undefined;
  if (layer.dbf) {
    const dbfEntry = layer.entry.replace(/\.shp$/iu, '.dbf');
    const dbf = readDbf(layer.dbf, layer.cpg);
    if (!dbf.ok)
      problems.add(
        readProblem('geom-parse-error', dbf.reason === 'no-decoder' ? 'no-gbk-decoder' : 'dbf-invalid', dbf.reason === 'no-decoder' ? { fileName } : { entry: dbfEntry }),
      );
    else {
      table = dbf.table;
      if (table.records.length < table.declaredRecords)
        problems.add(readProblem('geom-parse-error', 'dbf-truncated', { entry: dbfEntry, declared: table.declaredRecords, available: table.records.length }));
    }
  }
  const declaredCrs = layer.prj !== undefined ? declaredCrsFromPrj(layer.prj) : undefined;
  const base = { ...(declaredCrs ? { declaredCrs } : {}), ...(table ? { encoding: table.encoding } : {}) };
  if (!shp) return { parcels: [], ...base };
  if (table && shp.polygon && table.records.length !== shp.records.length)
    problems.add(readProblem('geom-parse-error', 'dbf-record-count', { layer: layer.entry, shpRecords: shp.records.length, dbfRecords: table.records.length }));

  const parcels: Omit<Parcel, 'index'>[] = [];
  for (const record of shp.records) {
    if (record.rings.length === 0) {
      if (!record.damaged) problems.add(readProblem('geom-parse-error', 'shp-null-shape', { entry: layer.entry, record: record.recordNo }));
      continue;
    }
    const attributes: Record<string, string> = { ...(table?.records[record.recordNo - 1] ?? {}) };
    const id = parcelIdOf(attributes) ?? String(record.recordNo);
    const name = parcelNameOf(attributes);
    attributes['记录号'] = String(record.recordNo);
    if (layerLabel !== undefined) attributes['图层'] = layerLabel;
    const roles = rolesOf(record.rings);
    parcels.push({ id, name, attributes, rings: record.rings.map((coords, r) => ringOf(coords, r + 1, roles[r] ?? 'outer')) });
  }
  return { parcels, ...base };
}

function assemble(layers: readonly ShapefileLayer[], problems: ProblemList, fileName: string): CoordinateFile {
  const parcels: Parcel[] = [];
  let declaredCrs: DeclaredCrs | undefined;
  let encoding: string | undefined;
  for (const layer of layers) {
    const label = layers.length > 1 ? (layer.entry.split('/').pop() ?? layer.entry).replace(/\.shp$/iu, '') : undefined;
    const result = readLayer(layer, label, problems, fileName);
    for (const p of result.parcels) parcels.push({ ...p, index: parcels.length + 1 });
    declaredCrs ??= result.declaredCrs;
    encoding ??= result.encoding;
  }
  if (parcels.length === 0) problems.add(readProblem('geom-parse-error', 'no-parcels', { fileName }));
  return {
    format: 'shapefile',
    ...(encoding === 'utf-8' || encoding === 'gbk' ? { encoding } : {}),
    axisOrder: 'easting-northing',
    header: {},
    declaredCrs: declaredCrs ?? {},
    parcels,
    problems: problems.list(),
  };
}

/** Text of a small sidecar file (.prj is ASCII; .cpg names a code page). */
function sidecarText(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : '';
}

/** Every layer of a zip archive whose entries include at least one .shp. */
export function readZippedShapefile(zip: Uint8Array, entries: readonly ZipEntry[], fileName: string): CoordinateFile {
  const problems = new ProblemList();
  const byLowerName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byLowerName.has(e.name.toLowerCase())) byLowerName.set(e.name.toLowerCase(), e);
  const read = (entry: ZipEntry | undefined): Uint8Array | undefined => {
    if (!entry) return undefined;
    const result = readZipEntry(zip, entry, MAX_ENTRY_BYTES);
    if (result.ok) return result.bytes;
    problems.add(zipEntryProblem(entry.name, result.reason, result.method));
    return undefined;
  };
  const layers: ShapefileLayer[] = [];
  for (const shpEntry of shapefileEntries(entries)) {
    const stem = shpEntry.name.slice(0, -4).toLowerCase();
    const shp = read(shpEntry);
    if (!shp) continue;
    const dbf = read(byLowerName.get(`${stem}.dbf`));
    const prj = read(byLowerName.get(`${stem}.prj`));
    const cpg = read(byLowerName.get(`${stem}.cpg`));
    layers.push({
      entry: shpEntry.name,
      shp,
      ...(dbf ? { dbf } : {}),
      ...(prj ? { prj: sidecarText(prj) } : {}),
      ...(cpg ? { cpg: sidecarText(cpg) } : {}),
    });
  }
  return assemble(layers, problems, fileName);
}

/** A .shp on its own: geometry without attributes or CRS. */
export function readLoneShp(bytes: Uint8Array, fileName: string): CoordinateFile {
  return assemble([{ entry: fileName, shp: bytes }], new ProblemList(), fileName);
}

export function zipEntryProblem(entry: string, reason: 'encrypted' | 'method' | 'corrupt' | 'too-large', method?: number): ReadProblem {
  switch (reason) {
    case 'encrypted':
      return readProblem('geom-parse-error', 'zip-entry-encrypted', { entry });
    case 'method':
      return readProblem('geom-parse-error', 'zip-entry-method', { entry, method: method ?? 0 });
    case 'too-large':
      return readProblem('geom-parse-error', 'zip-entry-too-large', { entry, limitMb: MAX_ENTRY_BYTES / 1024 / 1024 });
    case 'corrupt':
      return readProblem('geom-parse-error', 'zip-entry-corrupt', { entry });
  }
}
