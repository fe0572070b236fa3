/**
 * A shapefile's attribute table (.dbf, dBASE III+) → one record of text attributes per shape.
 *
 * Why not shpjs's parseDbf: it trusts the header's record count (a damaged count of 2^32 - 1
 * loops for ever), ignores the header length (tables with a longer header are read shifted),
 * turns numbers into floats (地块面积 0.0800 loses its written decimals) and dates into local-time
 * Date objects, and falls back to UTF-8 for a code page it does not know (a .cpg of "936").
 *
 * Encoding (Chinese attributes are GBK or UTF-8): the .cpg file when it names one, else the
 * header's language driver byte when it names a Chinese code page, else the bytes themselves —
 * strict UTF-8 if they decode as such, GBK otherwise (decodeText), which is also the default the
 * brief asks for when nothing says. Values are kept as filed: trimmed text, numbers and dates
 * as written. Deleted records keep their place, so record i still belongs to shape i.
 */
import { readU16LE, readU32LE } from '../binary/read-little-endian';
import { decodeText } from '../sheet/decode-text';

export interface DbfTable {
  readonly fieldNames: readonly string[];
  readonly records: readonly Readonly<Record<string, string>>[];
  /** The label the text was decoded with ('gbk', 'utf-8', 'big5' …). */
  readonly encoding: string;
  /** Records the header declares; more than records.length when the file is cut short. */
  readonly declaredRecords: number;
}

export type DbfRead = { readonly ok: true; readonly table: DbfTable } | { readonly ok: false; readonly reason: 'header' | 'no-decoder' };

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label?: string) => TextDecoderLike;

/** TextDecoder through globalThis: shared/ compiles without DOM types (see decode-text.ts). */
function decoderFor(label: string): TextDecoderLike | undefined {
  const Ctor = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (Ctor === undefined) return undefined;
  try {
    return new Ctor(label);
  } catch {
    return undefined;
  }
}

/**
 * A .cpg's code page as a WHATWG encoding label. ArcGIS writes "UTF-8", "936", "ANSI 936" or
 * "GBK"; "SYSTEM" / "ANSI" name the writer's locale, unknown here. The WHATWG gbk decoder is
 * GB18030's, so it reads GB2312, GBK and GB18030 alike.
 */
export function encodingOfCpg(cpg: string): string | undefined {
  const name = cpg
    .trim()
    .toUpperCase()
    .replace(/^ANSI\s+/u, '');
  if (name === '' || name === 'SYSTEM' || name === 'ANSI' || name === 'OEM') return undefined;
  if (['UTF-8', 'UTF8', '65001'].includes(name)) return 'utf-8';
  if (['936', 'CP936', 'MS936', 'WINDOWS-936', 'GBK', 'GB2312', 'GB18030', '54936', '20936'].includes(name)) return 'gbk';
  if (['950', 'CP950', 'BIG5', 'BIG-5'].includes(name)) return 'big5';
  if (/^\d+$/u.test(name)) return decoderFor(`windows-${name}`) ? `windows-${name}` : undefined;
  return decoderFor(name.toLowerCase()) ? name.toLowerCase() : undefined;
}

/** Language driver ids (byte 29) of the Chinese code pages; the others are left to the bytes. */
const LANGUAGE_DRIVERS: ReadonlyMap<number, string> = new Map([
  [0x4d, 'gbk'], // 936, Chinese GBK (PRC), Windows
  [0x7a, 'gbk'], // 936, PRC GBK
  [0x4f, 'big5'], // 950, Chinese Big5 (Taiwan)
]);

/** Text of a fixed-width cell: NUL padding dropped, spaces trimmed. */
function cellText(decoder: TextDecoderLike, bytes: Uint8Array): string {
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  return decoder.decode(bytes.subarray(0, end)).trim();
}

interface FieldSpec {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
}

/** A dBASE table on its own (the .dbf of a shapefile dropped without the rest): version byte, sane lengths, the field list's terminator. */
export function looksLikeDbf(bytes: Uint8Array): boolean {
  if (bytes.length < 66 || ![0x03, 0x30, 0x83, 0x8b, 0xf5].includes(bytes[0] ?? 0)) return false;
  const headerLength = readU16LE(bytes, 8);
  return headerLength >= 65 && headerLength <= bytes.length && (headerLength - 1) % 32 === 0 && readU16LE(bytes, 10) >= 1 && bytes[headerLength - 1] === 0x0d;
}

export function readDbf(bytes: Uint8Array, cpg?: string): DbfRead {
  if (bytes.length < 33) return { ok: false, reason: 'header' };
  const declaredRecords = readU32LE(bytes, 4);
  const headerLength = readU16LE(bytes, 8);
  const recordLength = readU16LE(bytes, 10);
  if (headerLength < 33 || headerLength > bytes.length || recordLength < 1) return { ok: false, reason: 'header' };

  const available = Math.floor((bytes.length - headerLength) / recordLength);
  const count = Math.min(declaredRecords, available);
  const body = bytes.subarray(headerLength, headerLength + count * recordLength);
  const encoding = (cpg !== undefined ? encodingOfCpg(cpg) : undefined) ?? LANGUAGE_DRIVERS.get(bytes[29] ?? 0) ?? sniffEncoding(bytes, headerLength, body);
  const decoder = decoderFor(encoding);
  if (!decoder) return { ok: false, reason: 'no-decoder' };

  const fields: FieldSpec[] = [];
  const seen = new Map<string, number>();
  let offset = 1; // byte 0 of a record is its deletion flag
  for (let p = 32; p + 32 <= headerLength && bytes[p] !== 0x0d; p += 32) {
    // A writer that cut a UTF-8 name inside a character leaves a replacement character at the end.
    const raw = cellText(decoder, bytes.subarray(p, p + 11)).replace(/\uFFFD+$/u, '') || `字段${fields.length + 1}`;
    const n = (seen.get(raw) ?? 0) + 1;
    seen.set(raw, n);
    const length = bytes[p + 16] ?? 0;
    fields.push({ name: n === 1 ? raw : `${raw}_${n}`, offset, length });
    offset += length;
  }

  const records: Record<string, string>[] = [];
  for (let r = 0; r < count; r++) {
    const start = r * recordLength;
    const record: Record<string, string> = {};
    for (const field of fields) {
      if (field.offset + field.length > recordLength) break; // a field list longer than the record: header damaged
      record[field.name] = cellText(decoder, body.subarray(start + field.offset, start + field.offset + field.length));
    }
    records.push(record);
  }
  return { ok: true, table: { fieldNames: fields.map((f) => f.name), records, encoding, declaredRecords } };
}

/** UTF-8 when the field names and the records decode as strict UTF-8, else GBK (decodeText's rule). */
function sniffEncoding(bytes: Uint8Array, headerLength: number, body: Uint8Array): string {
  const names: number[] = [];
  for (let p = 32; p + 32 <= headerLength && bytes[p] !== 0x0d; p += 32) {
    for (let i = p; i < p + 11 && bytes[i] !== 0; i++) names.push(bytes[i] ?? 0);
    names.push(0x20);
  }
  const sample = new Uint8Array(names.length + body.length);
  sample.set(names);
  sample.set(body, names.length);
  const decoded = decodeText(sample);
  return decoded.ok ? decoded.encoding : 'gbk';
}
