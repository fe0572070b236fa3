/**
 * What a file is, from its bytes (never from its extension alone): an OOXML package (zip), an OLE
 * compound file (.xls, or an encrypted OOXML package, which Office stores as a compound file), a
 * known non-spreadsheet binary, or text to try as CSV.
 */
import { readU16LE } from '../binary/read-little-endian';
import { readZipDirectory } from '../zip/zip-archive';

export type ByteKind =
  | { readonly kind: 'zip' }
  | { readonly kind: 'cfb' }
  | { readonly kind: 'utf16' }
  | { readonly kind: 'binary'; readonly what: string }
  | { readonly kind: 'text' };

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** Formats people drop by mistake, named so the message can say what the file is. */
const KNOWN_BINARIES: readonly { readonly magic: readonly number[]; readonly what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文档' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7z 压缩包' },
  { magic: [0x1f, 0x8b], what: 'gzip 压缩包' },
];

export function sniffBytes(bytes: Uint8Array): ByteKind {
  // Local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, CFB_MAGIC)) return { kind: 'cfb' };
  for (const { magic, what } of KNOWN_BINARIES) if (startsWith(bytes, magic)) return { kind: 'binary', what };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'utf16' };
  return { kind: 'text' };
}

/** Entry names are ASCII in every OOXML package; anything else is kept as Latin-1 for comparison. */
function asciiName(b: Uint8Array, start: number, length: number): string {
  let out = '';
  const end = Math.min(b.length, start + length);
  for (let i = start; i < end; i++) out += String.fromCharCode(b[i] ?? 0);
  return out;
}

const MAX_NAMES = 4096;

/**
 * The entry names of a zip archive, from its central directory (the one zip reader,
 * shared/zip/zip-archive.ts); `complete: false` when the directory is missing (a truncated
 * download) and the names come from a scan of local headers. Reading names costs nothing next to
 * inflating, and tells an .xlsx from a .docx or a zip of shapefiles before a vague "Unsupported ZIP file".
 */
export function zipEntryNames(b: Uint8Array): { readonly names: readonly string[]; readonly complete: boolean } {
  const directory = readZipDirectory(b);
  if (directory.ok) return { names: directory.entries.map((e) => e.name), complete: true };
  return { names: scanLocalNames(b), complete: false };
}

function scanLocalNames(b: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = 0; at + 30 <= b.length && names.length < MAX_NAMES; at++) {
    if (b[at] !== 0x50 || b[at + 1] !== 0x4b || b[at + 2] !== 0x03 || b[at + 3] !== 0x04) continue;
    const nameLength = readU16LE(b, at + 26);
    if (nameLength === 0 || nameLength > 512) continue;
    names.push(asciiName(b, at + 30, nameLength));
    at += 29 + nameLength;
  }
  return names;
}

export type ZipKind = 'xlsx' | 'ods' | 'other-office' | 'other';

/** What an archive holds, from its entry names. */
export function classifyZip(names: readonly string[]): ZipKind {
  const lower = names.map((n) => n.toLowerCase().replace(/^\/+/u, ''));
  if (lower.some((n) => /(?:^|\/)workbook\.(?:xml|bin)$/u.test(n) || /(?:^|\/)worksheets\/sheet\d*\.(?:xml|bin)$/u.test(n))) return 'xlsx';
  if (lower.includes('content.xml') && lower.includes('mimetype')) return 'ods';
  if (lower.includes('[content_types].xml')) return 'other-office';
  return 'other';
}

/** The stream names of a compound file as SheetJS's CFB reader lists them (`Root Entry/Workbook`). */
export type CfbKind = 'xls' | 'encrypted' | 'other';

export function classifyCfb(fullPaths: readonly string[]): CfbKind {
  const leaves = fullPaths.map((p) => (p.split('/').filter((s) => s !== '').pop() ?? '').toLowerCase());
  // MS-OFFCRYPTO: an encrypted OOXML package is a compound file holding these two streams.
  if (leaves.includes('encryptedpackage') || leaves.includes('encryptioninfo') || leaves.includes('encryption')) return 'encrypted';
  if (leaves.includes('workbook') || leaves.includes('book')) return 'xls';
  return 'other';
}
