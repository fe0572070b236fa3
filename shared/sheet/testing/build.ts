/**
 * Test helpers: workbooks built in memory with SheetJS and written to bytes, CSV text encoded as
 * UTF-8 (with or without a BOM) or GBK. Test-only (excluded from tsconfig.shared.json).
 */
import * as XLSX from '@e965/xlsx';
import { builtInProfile } from '../../profiles/profiles';
import type { Profile } from '../../profiles/profile-schema';
import { readSheet, type ReadSheetOptions, type SheetRead, type SheetRow } from '../read-sheet';

export type Aoa = readonly (readonly unknown[])[];

export interface SheetSpec {
  readonly name?: string;
  readonly rows: Aoa;
  /** Merged ranges in A1 notation: 'A1:H1'. */
  readonly merges?: readonly string[];
}

export interface BookOptions {
  readonly bookType?: 'xlsx' | 'biff8';
}

export function workbookOf(sheets: readonly SheetSpec[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  sheets.forEach((spec, i) => {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows as unknown[][]);
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, spec.name ?? `Sheet${i + 1}`);
  });
  return wb;
}

export function bookBytes(sheets: readonly SheetSpec[] | SheetSpec, options: BookOptions = {}): Uint8Array {
  const list = Array.isArray(sheets) ? (sheets as readonly SheetSpec[]) : [sheets as SheetSpec];
  const out = XLSX.write(workbookOf(list), { type: 'array', bookType: options.bookType ?? 'xlsx' }) as ArrayBuffer;
  return new Uint8Array(out);
}

export function utf8Bytes(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

let gbkTable: Map<string, readonly [number, number]> | undefined;

/**
 * GBK bytes of a text. TextEncoder only writes UTF-8, so the table is built from the platform's
 * GBK decoder over every two-byte sequence (0x81–0xFE lead, 0x40–0xFE trail); tests also check it
 * against known sequences (图斑编号 = CD BC B0 DF B1 E0 BA C5).
 */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // unassigned
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbkTable.get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}

export const NATIONAL: Profile = builtInProfile('national');

export function profileWith(overrides: Partial<Profile>): Profile {
  return { ...NATIONAL, ...overrides };
}

/** Reads and asserts success; throws with the error message otherwise. */
export function readOk(bytes: Uint8Array, fileName = 'test.xlsx', options: Partial<ReadSheetOptions> = {}): SheetRead {
  const result = readSheet(bytes, fileName, { profile: NATIONAL, ...options });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.sheet;
}

export function allRows(sheet: SheetRead): SheetRow[] {
  return [...sheet.rows()];
}

/** field → column letter(s) of mapped columns, for compact assertions. */
export function mappedFields(sheet: SheetRead): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of sheet.mapping) {
    if (m.field === undefined) continue;
    const key = `${m.field}${m.level ? `#${m.level}` : ''}${m.unit ? `@${m.unit}` : ''}${m.status === 'duplicate' ? '!dup' : ''}`;
    out[key] = out[key] ? `${out[key]},${m.columnLetter}` : m.columnLetter;
  }
  return out;
}
