/**
 * Any boundary file a county submits (违法用地矢量范围) → CoordinateFile, chosen by what the bytes
 * are, never by the extension alone (a GeoJSON saved as .txt, a zip renamed .shp, a TXT saved as
 * .json all occur): a zip holding .shp layers (or, failing those, a TXT or GeoJSON), a lone .shp,
 * GeoJSON text, or the 国土 coordinate TXT. Anything else is one geom-parse-error naming what the
 * file seems to be. The file name only labels messages and picks the nominal format of a file
 * that could not be read at all. Never throws.
 */
import { decodeText, looksLikeText } from '../sheet/decode-text';
import { sniffBytes } from '../sheet/detect-kind';
import type { CoordinateFile, ReadProblem } from './model';
import { readCoordinateTxt } from './read-coordinate-txt';
import { readGeoJson } from './read-geojson';
import { readProblem } from './read-problem-messages';
import { looksLikeDbf } from './read-dbf';
import { isShp, isShx, MAX_ENTRY_BYTES, readLoneShp, readZippedShapefile, shapefileEntries, zipEntryProblem } from './read-shapefile';
import { isZip, readZipDirectory, readZipEntry, type ZipEntry } from '../zip/zip-archive';

/** What a boundary file could not be read as: a file with one problem and no parcels. */
function unreadable(fileName: string, problem: ReadProblem): CoordinateFile {
  const lower = fileName.toLowerCase();
  const format: CoordinateFile['format'] = /\.(?:geo)?json$/u.test(lower) ? 'geojson' : /\.(?:zip|shp)$/u.test(lower) ? 'shapefile' : 'txt';
  return { format, axisOrder: format === 'txt' ? 'northing-easting' : 'easting-northing', header: {}, declaredCrs: {}, parcels: [], problems: [problem] };
}

const SECTION_MARK = /[[【]\s*(?:属性描述|地块坐标)\s*[\]】]/u;
const PARCEL_LINE = /[,，][ \t]*@[ \t]*[,，]?[ \t]*\r?$/mu;
// Within one line only ([ \t], not \s): a pattern free to cross lines backtracks quadratically on comma-free text.
const POINT_LINE = /^[^,，=\r\n]*[,，][ \t]*\d+[ \t]*[,，][ \t]*[-+]?\d+(?:\.\d*)?[ \t]*[,，][ \t]*[-+]?\d+(?:\.\d*)?[ \t]*\r?$/mu;
const HEADER_KEY = /^[ \t]*(?:坐标系|几度分带|投影类型|计量单位|带号)[ \t]*[=＝]/mu;
const SAMPLE_CHARS = 65_536;

/** The coordinate TXT's marks: a section header, a parcel line ending in @, a point line, or one of its header keys. */
function looksLikeCoordinateTxt(text: string): boolean {
  const head = text.slice(0, SAMPLE_CHARS);
  return SECTION_MARK.test(head) || PARCEL_LINE.test(head) || POINT_LINE.test(head) || HEADER_KEY.test(head);
}

/** Text that is neither TXT nor GeoJSON, named for the message. */
function describeText(text: string): string {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<')) {
    if (head.includes('<kml')) return 'KML';
    if (head.includes('<html') || head.includes('<!doctype html')) return '网页（HTML）';
    return 'XML';
  }
  if (head.startsWith('[')) return 'JSON 数组';
  return '未知格式的文本';
}

type TextRead = { readonly ok: true; readonly text: string; readonly encoding?: 'utf-8' | 'gbk' } | { readonly ok: false; readonly problem: 'not-text' | 'no-gbk-decoder' };

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

/** UTF-16 with a BOM (Notepad's "Unicode"), which decodeText does not cover. */
function decodeUtf16(bytes: Uint8Array): string | undefined {
  const Ctor = (globalThis as { TextDecoder?: new (label: string) => TextDecoderLike }).TextDecoder;
  if (!Ctor) return undefined;
  try {
    return new Ctor(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } catch {
    return undefined;
  }
}

function readText(bytes: Uint8Array, utf16: boolean): TextRead {
  if (utf16) {
    const text = decodeUtf16(bytes);
    return text !== undefined && looksLikeText(text) ? { ok: true, text: text.replace(/^\uFEFF/u, '') } : { ok: false, problem: 'not-text' };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.reason === 'no-gbk' ? 'no-gbk-decoder' : 'not-text' };
  return looksLikeText(decoded.text) ? { ok: true, text: decoded.text, encoding: decoded.encoding } : { ok: false, problem: 'not-text' };
}

function readTextFile(bytes: Uint8Array, fileName: string, utf16: boolean): CoordinateFile {
  const read = readText(bytes, utf16);
  if (!read.ok) return unreadable(fileName, readProblem('geom-parse-error', read.problem, { fileName }));
  const options = { fileName, ...(read.encoding ? { encoding: read.encoding } : {}) };
  const start = read.text.trimStart();
  if (start.startsWith('{')) return readGeoJson(read.text, options);
  if (looksLikeCoordinateTxt(read.text)) return readCoordinateTxt(read.text, options);
  return unreadable(fileName, readProblem('geom-parse-error', 'unknown-format', { fileName, what: describeText(read.text) }));
}

const INNER_TEXT = /\.(?:txt|geojson|json)$/iu;

function readZip(bytes: Uint8Array, fileName: string, depth: number): CoordinateFile {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    const messageId = directory.reason === 'zip64' ? 'zip64-unsupported' : directory.reason === 'damaged' ? 'zip-damaged' : 'zip-truncated';
    return unreadable(fileName, readProblem('geom-parse-error', messageId, { fileName }));
  }
  if (shapefileEntries(directory.entries).length > 0) return readZippedShapefile(bytes, directory.entries, fileName);
  // No shapefile: a TXT or GeoJSON zipped on its own (one level deep only).
  const inner: ZipEntry | undefined = depth === 0 ? directory.entries.find((e) => INNER_TEXT.test(e.name) && !e.name.includes('__MACOSX')) : undefined;
  if (inner) {
    const entry = readZipEntry(bytes, inner, MAX_ENTRY_BYTES);
    if (!entry.ok) return unreadable(fileName, zipEntryProblem(inner.name, entry.reason, entry.method));
    return readAny(entry.bytes, inner.name, depth + 1);
  }
  const names = directory.entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  const listed = names.slice(0, 8).join('、') + (names.length > 8 ? ` 等 ${names.length} 个文件` : '');
  return unreadable(fileName, readProblem('geom-parse-error', 'zip-no-layer', { fileName, entries: listed === '' ? '（空）' : listed }));
}

function readAny(bytes: Uint8Array, fileName: string, depth: number): CoordinateFile {
  if (bytes.length === 0) return unreadable(fileName, readProblem('geom-parse-error', 'empty-file', { fileName }));
  if (isZip(bytes)) return readZip(bytes, fileName, depth);
  // One part of a shapefile dropped alone: the geometry can be read; the index or the table cannot stand alone.
  if (isShx(bytes))
    return unreadable(fileName, readProblem('geom-parse-error', 'binary-format', { fileName, what: 'Shapefile 索引文件（.shx），需与 .shp、.dbf 等一起打包为 zip' }));
  if (isShp(bytes)) return readLoneShp(bytes, fileName);
  if (looksLikeDbf(bytes))
    return unreadable(fileName, readProblem('geom-parse-error', 'binary-format', { fileName, what: 'Shapefile 属性表（.dbf），需与 .shp 等一起打包为 zip' }));
  const kind = sniffBytes(bytes);
  if (kind.kind === 'cfb') return unreadable(fileName, readProblem('geom-parse-error', 'binary-format', { fileName, what: 'Office 文档（如 Excel .xls）' }));
  if (kind.kind === 'binary') return unreadable(fileName, readProblem('geom-parse-error', 'binary-format', { fileName, what: kind.what }));
  return readTextFile(bytes, fileName, kind.kind === 'utf16');
}

/** Reads a boundary file from its bytes. Every problem is in `problems`; nothing is thrown. */
export function readCoordinateFile(bytes: Uint8Array, fileName: string): CoordinateFile {
  try {
    return readAny(bytes, fileName, 0);
  } catch {
    // Defence in depth: the readers return their problems, but an engine limit (an allocation
    // refused on a huge file) must still come back as a finding, not an exception.
    return unreadable(fileName, readProblem('geom-parse-error', 'read-failed', { fileName }));
  }
}
