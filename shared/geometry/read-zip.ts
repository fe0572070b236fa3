/**
 * The entries of a zip archive (a zipped shapefile: .shp, .dbf, .prj, .cpg …), read synchronously.
 *
 * Why not but-unzip (which shpjs uses): it decodes every entry name as UTF-8, so two GBK-named
 * layers (图斑一.shp, 图斑二.shp — Windows' built-in zip writes GBK names) decode to the same run of
 * U+FFFD and cannot be told apart; its inflate is asynchronous; and a damaged archive throws from
 * inside its generator. Here names follow the zip's UTF-8 flag (bit 11) and otherwise the GBK/UTF-8
 * sniffing of decodeText, inflating is synchronous (inflate-raw.ts) and every failure is a value.
 */
import { decodeText } from '../sheet/decode-text';
import { crc32, inflateRaw } from './inflate-raw';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: 'truncated' | 'zip64' | 'damaged' };

export type ZipEntryBytes =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: 'encrypted' | 'method' | 'corrupt' | 'too-large'; readonly method?: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 65_535;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

function latin1(b: Uint8Array): string {
  let out = '';
  for (const byte of b) out += String.fromCharCode(byte);
  return out;
}

/**
 * Names flagged UTF-8 (bit 11) are UTF-8; unflagged ones are in the writer's code page, which on a
 * Chinese Windows is GBK — decodeText's strict-UTF-8-else-GBK sniffing covers both.
 */
function entryName(raw: Uint8Array): string {
  const decoded = decodeText(raw);
  return decoded.ok ? decoded.text : latin1(raw);
}

/** Starts with a local file header, or is an empty archive's end record. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** The central directory's entries. A truncated download has no end record: that is said, not guessed around. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) !== EOCD) continue;
    const count = u16(bytes, at + 10);
    const directoryOffset = u32(bytes, at + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
    const entries: ZipEntry[] = [];
    let p = directoryOffset;
    for (let i = 0; i < count && i < MAX_ENTRIES; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return { ok: false, reason: 'damaged' };
      const flags = u16(bytes, p + 8);
      const nameLength = u16(bytes, p + 28);
      const nameEnd = Math.min(bytes.length, p + 46 + nameLength);
      entries.push({
        name: entryName(bytes.subarray(p + 46, nameEnd)),
        method: u16(bytes, p + 10),
        flags,
        crc: u32(bytes, p + 16),
        compressedSize: u32(bytes, p + 20),
        size: u32(bytes, p + 24),
        localHeaderOffset: u32(bytes, p + 42),
      });
      p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return { ok: true, entries };
  }
  return { ok: false, reason: 'truncated' };
}

/** An entry's bytes, inflated and CRC-checked; never more than `maxBytes`. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ZipEntryBytes {
  if ((entry.flags & 0x0001) !== 0) return { ok: false, reason: 'encrypted' };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'method', method: entry.method };
  if (entry.size > maxBytes) return { ok: false, reason: 'too-large' };
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) return { ok: false, reason: 'corrupt' };
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: 'corrupt' };
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else {
    const inflated = inflateRaw(raw, maxBytes, entry.size);
    if (!inflated.ok) return { ok: false, reason: inflated.reason };
    data = inflated.bytes;
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) return { ok: false, reason: 'corrupt' };
  return { ok: true, bytes: data };
}
