/**
 * The parts of an .xlsx package the streaming reader needs, found as Excel finds them: the
 * package relationships name the workbook, the workbook names its sheets in order, the workbook's
 * relationships name each sheet's part and the shared-strings part. Shared strings are read whole
 * (the one table the reader holds: memory is bounded by it, not by the sheet), streamed from the
 * zip so their XML is never whole in memory either.
 */
import { DecodeUTF8, strFromU8 } from 'fflate';
import { readZipDirectory, streamZipEntry, type ZipEntry } from '../../zip/zip-archive';
import { attributeOf, joinTextRuns } from './xml-text';

export interface XlsxSheetPart {
  readonly name: string;
  readonly entry: ZipEntry;
}

export interface XlsxPackage {
  readonly sheets: readonly XlsxSheetPart[];
  readonly sharedStrings: readonly string[];
}

/** Why the streaming reader leaves a package to SheetJS (which then reads it, or says what is wrong with it). */
export type XlsxPackageResult = { readonly ok: true; readonly package: XlsxPackage } | { readonly ok: false; readonly declined: string };

const RELATIONSHIP = /<(?:\w+:)?Relationship\b[^>]*>/gu;
const SHEET = /<(?:\w+:)?sheet\b[^>]*>/gu;

/** A whole part as text, streamed through the inflater and decoder. */
export function partText(bytes: Uint8Array, entry: ZipEntry): string {
  let text = '';
  const decoder = new DecodeUTF8((chunk) => {
    text += chunk;
  });
  for (const chunk of streamZipEntry(bytes, entry)) decoder.push(chunk);
  decoder.push(new Uint8Array(0), true);
  return text;
}

/** Decoded text of a part, chunk by chunk, for parts too large to hold as one string. */
export function* partTextChunks(bytes: Uint8Array, entry: ZipEntry): Generator<string> {
  let pending: string[] = [];
  const decoder = new DecodeUTF8((chunk) => {
    if (chunk !== '') pending.push(chunk);
  });
  for (const chunk of streamZipEntry(bytes, entry)) {
    decoder.push(chunk);
    const out = pending;
    pending = [];
    yield* out;
  }
  decoder.push(new Uint8Array(0), true);
  yield* pending;
}

function relationships(xml: string): Map<string, { readonly type: string; readonly target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const [tag] of xml.matchAll(RELATIONSHIP)) {
    const id = attributeOf(tag, 'Id');
    const target = attributeOf(tag, 'Target');
    if (id !== undefined && target !== undefined && attributeOf(tag, 'TargetMode') !== 'External') out.set(id, { type: attributeOf(tag, 'Type') ?? '', target });
  }
  return out;
}

/** A relationship target, resolved against the folder of the part that names it (`/xl/…` is absolute). */
function resolvePart(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function openXlsxPackage(bytes: Uint8Array): XlsxPackageResult {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, declined: `zip directory: ${directory.reason}` };
  const byName = new Map<string, ZipEntry>();
  for (const entry of directory.entries) byName.set(entry.name.replace(/^\/+/u, '').toLowerCase(), entry);
  const entryOf = (path: string): ZipEntry | undefined => byName.get(path.toLowerCase());
  const textOf = (path: string): string | undefined => {
    const entry = entryOf(path);
    return entry ? partText(bytes, entry) : undefined;
  };

  const rootRels = textOf('_rels/.rels');
  const officeDocument = rootRels === undefined ? undefined : [...relationships(rootRels).values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  if (!workbookPath.toLowerCase().endsWith('.xml')) return { ok: false, declined: `workbook part ${workbookPath} is not XML (a binary .xlsb workbook)` };
  const workbookXml = textOf(workbookPath);
  if (workbookXml === undefined) return { ok: false, declined: 'no workbook part' };
  const workbookRels = relationships(textOf(relsPathOf(workbookPath)) ?? '');

  const sheets: XlsxSheetPart[] = [];
  for (const [tag] of workbookXml.matchAll(SHEET)) {
    const name = attributeOf(tag, 'name');
    const rel = workbookRels.get(attributeOf(tag, 'r:id') ?? attributeOf(tag, 'relationships:id') ?? '');
    if (name === undefined || !rel) return { ok: false, declined: 'a sheet without its relationship' };
    if (!rel.type.endsWith('/worksheet')) continue; // chart sheets and dialog sheets hold no table
    const entry = entryOf(resolvePart(workbookPath, rel.target));
    if (!entry) return { ok: false, declined: `sheet part ${rel.target} missing` };
    sheets.push({ name, entry });
  }
  if (sheets.length === 0) return { ok: false, declined: 'no worksheet' };

  const sstRel = [...workbookRels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const sstEntry = sstRel ? entryOf(resolvePart(workbookPath, sstRel.target)) : undefined;
  return { ok: true, package: { sheets, sharedStrings: sstEntry ? readSharedStrings(bytes, sstEntry) : [] } };
}

/** `<si>` items in order: plain `<t>` or rich-text runs joined. */
function readSharedStrings(bytes: Uint8Array, entry: ZipEntry): string[] {
  const strings: string[] = [];
  let carry = '';
  for (const chunk of partTextChunks(bytes, entry)) {
    const text = carry + chunk;
    let at = 0;
    for (;;) {
      const open = text.indexOf('<si', at);
      if (open < 0) {
        at = Math.max(at, text.length - 3); // keep a `<si` cut at the chunk's end
        break;
      }
      const gt = text.indexOf('>', open);
      if (gt < 0) break;
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push(''); // <si/>
        at = gt + 1;
        continue;
      }
      const close = text.indexOf('</si>', gt);
      if (close < 0) {
        at = open;
        break;
      }
      strings.push(joinTextRuns(text.slice(gt + 1, close)));
      at = close + 5;
    }
    carry = text.slice(at);
  }
  return strings;
}

const SHEET_DATA_END = [0x3c, 0x2f, 0x73, 0x68, 0x65, 0x65, 0x74, 0x44, 0x61, 0x74, 0x61, 0x3e]; // '</sheetData>'
const D = 0x44; // the rare byte of the marker: only column letters and text hold another 'D'

/**
 * A worksheet part's text after `</sheetData>` (merges, conditional formats …), found by inflating
 * the part once and matching bytes — no decoding of the sheet's rows. `<mergeCells>` comes after
 * the rows in the schema, but the header needs its merges before the first row is read.
 */
export function sheetTailText(bytes: Uint8Array, entry: ZipEntry): string {
  const tail: Uint8Array[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  let found = false;
  for (const chunk of streamZipEntry(bytes, entry, { checkCrc: false })) {
    if (found) {
      tail.push(chunk);
      continue;
    }
    // The marker may straddle two chunks: look in the previous chunk's last bytes joined to this one's.
    const joined = previous.length > 0 ? concatBytes([previous.subarray(Math.max(0, previous.length - SHEET_DATA_END.length)), chunk]) : chunk;
    for (let at = joined.indexOf(D, 7); at >= 0; at = joined.indexOf(D, at + 1)) {
      const start = at - 7;
      let match = true;
      for (let k = 0; k < SHEET_DATA_END.length; k++) {
        if (joined[start + k] !== SHEET_DATA_END[k]) {
          match = false;
          break;
        }
      }
      if (match) {
        found = true;
        tail.push(joined.subarray(start));
        break;
      }
    }
    if (!found) previous = chunk;
  }
  return found ? strFromU8(concatBytes(tail)) : '';
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
