/**
 * The one zip reader (issue 15): zipped shapefiles, .xlsx packages and the PWA backup all go
 * through it. The central directory is read here — fflate does not expose entry offsets, and the
 * directory's raw name bytes are needed to decode GBK names (Windows' built-in zip writes them);
 * inflating is fflate's (`inflateSync` capped at the declared size, `Inflate` streamed in slices).
 * Never throws: every failure is a value.
 */
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { readU16LE, readU32LE } from '../binary/read-little-endian';
import { decodeText } from '../sheet/decode-text';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** UTF-8 when flagged (bit 11), else GBK or UTF-8 as sniffed. */
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

/** Starts with a local file header, or is an empty archive's end record. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

function latin1(b: Uint8Array): string {
  let out = '';
  for (const byte of b) out += String.fromCharCode(byte);
  return out;
}

/**
 * Names flagged UTF-8 (bit 11) are UTF-8; unflagged ones are in the writer's code page, which on a
 * Chinese Windows is GBK — decodeText's strict-UTF-8-else-GBK sniffing covers both (and ASCII part
 * names of an .xlsx exactly).
 */
function decodeName(raw: Uint8Array): string {
  const decoded = decodeText(raw);
  return decoded.ok ? decoded.text : latin1(raw);
}

/** The central directory's entries. A truncated download has no end record: that is said, not guessed around. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (readU32LE(bytes, at) !== EOCD) continue;
    const count = readU16LE(bytes, at + 10);
    const directoryOffset = readU32LE(bytes, at + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
    const entries: ZipEntry[] = [];
    let p = directoryOffset;
    for (let i = 0; i < count && i < MAX_ENTRIES; i++) {
      if (p + 46 > bytes.length || readU32LE(bytes, p) !== CENTRAL) return { ok: false, reason: 'damaged' };
      const flags = readU16LE(bytes, p + 8);
      const nameLength = readU16LE(bytes, p + 28);
      const raw = bytes.subarray(p + 46, Math.min(bytes.length, p + 46 + nameLength));
      entries.push({
        name: (flags & 0x0800) !== 0 ? strFromU8(raw) : decodeName(raw),
        method: readU16LE(bytes, p + 10),
        flags,
        crc: readU32LE(bytes, p + 16),
        compressedSize: readU32LE(bytes, p + 20),
        size: readU32LE(bytes, p + 24),
        localHeaderOffset: readU32LE(bytes, p + 42),
      });
      p += 46 + nameLength + readU16LE(bytes, p + 30) + readU16LE(bytes, p + 32);
    }
    return { ok: true, entries };
  }
  return { ok: false, reason: 'truncated' };
}

type EntryData = { readonly ok: true; readonly raw: Uint8Array } | { readonly ok: false; readonly reason: 'encrypted' | 'method' | 'corrupt'; readonly method?: number };

/** The stored (compressed) bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): EntryData {
  if ((entry.flags & 0x0001) !== 0) return { ok: false, reason: 'encrypted' };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'method', method: entry.method };
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || readU32LE(bytes, local) !== LOCAL) return { ok: false, reason: 'corrupt' };
  const start = local + 30 + readU16LE(bytes, local + 26) + readU16LE(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: 'corrupt' };
  return { ok: true, raw: bytes.subarray(start, end) };
}

/** An entry's bytes, inflated and CRC-checked; never more than `maxBytes` (the output is capped at the declared size: a bomb fails its CRC). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ZipEntryBytes {
  if (entry.size > maxBytes) return { ok: false, reason: 'too-large' };
  const located = entryData(bytes, entry);
  if (!located.ok) return located;
  let data: Uint8Array;
  if (entry.method === 0) data = located.raw;
  else {
    try {
      data = inflateSync(located.raw, { out: new Uint8Array(entry.size) });
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) return { ok: false, reason: 'corrupt' };
  return { ok: true, bytes: data };
}

/** Compressed bytes handed to the inflater per step (its output, ≈ 8× for sheet XML, is what a consumer holds at once): 256 kB keeps the 100,000 × 40 audit at 264 MB peak (512 kB: 304 MB) for a few percent of inflate speed. */
const STREAM_SLICE = 256 * 1024;

export class ZipEntryError extends Error {
  constructor(readonly reason: 'encrypted' | 'method' | 'corrupt') {
    super(`zip entry: ${reason}`);
    this.name = 'ZipEntryError';
  }
}

/**
 * An entry's bytes as a sequence of inflated chunks, so that a 150 MB worksheet is never whole in
 * memory. Throws ZipEntryError (while iterated) on a damaged entry; the CRC is checked at the end.
 */
export function* streamZipEntry(bytes: Uint8Array, entry: ZipEntry, options: { readonly checkCrc?: boolean } = {}): Generator<Uint8Array> {
  const located = entryData(bytes, entry);
  if (!located.ok) throw new ZipEntryError(located.reason);
  // A reader that inflates a part twice (the sheet's tail first, then its rows) checks it once.
  const checkCrc = options.checkCrc ?? true;
  let crc = crc32.start();
  let length = 0;
  for (const chunk of entry.method === 0 ? storedSlices(located.raw) : inflatedSlices(located.raw)) {
    if (checkCrc) crc = crc32.update(crc, chunk);
    length += chunk.length;
    // A bomb stops at its declared size instead of growing.
    if (length > entry.size) throw new ZipEntryError('corrupt');
    yield chunk;
  }
  if (length !== entry.size || (checkCrc && crc32.finish(crc) !== entry.crc)) throw new ZipEntryError('corrupt');
}

function* storedSlices(raw: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < raw.length; at += STREAM_SLICE) yield raw.subarray(at, at + STREAM_SLICE);
}

function* inflatedSlices(raw: Uint8Array): Generator<Uint8Array> {
  let pending: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => pending.push(chunk));
  for (let at = 0; ; at += STREAM_SLICE) {
    const last = at + STREAM_SLICE >= raw.length;
    try {
      inflater.push(raw.subarray(at, at + STREAM_SLICE), last);
    } catch {
      throw new ZipEntryError('corrupt');
    }
    const out = pending;
    pending = [];
    yield* out;
    if (last) return;
  }
}
