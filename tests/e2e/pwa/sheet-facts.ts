/**
 * What the PWA end-to-end tests expect, counted straight from the sheets with SheetJS — not with
 * our sheet reader, so that a reader bug cannot make the app's figures and the expectation agree.
 * Also the sheets those tests need that are not on disk: a second month (a copy of the demo with a
 * few items changed), a one-item sheet for the 销号 test, a large generated export.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { generateCountyExport } from '../../fixtures/county-export';

/** Header texts of the 图斑编号 and 判定类型 columns in the sheets used here (the demo; the generator's wide40 layout). */
const PATCH_ID_HEADERS = ['图斑编号', '监测编号'];
const VERDICT_HEADERS = ['判定类型', '判定结果'];
const PLANNED_DATE_HEADERS = ['拟完成整改时间', '整改期限'];

/** A header cell's text without the layout's decoration: `*判定类型：` → `判定类型`. */
function headerText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\s*＊:：]/gu, '')
    .trim();
}

function cellText(value: unknown): string {
  return String(value ?? '').trim();
}

interface SheetGrid {
  readonly workbook: XLSX.WorkBook;
  readonly sheet: XLSX.WorkSheet;
  readonly rows: unknown[][];
  /** 0-based index of the row holding the 图斑编号 header. */
  readonly headerRow: number;
  column(headers: readonly string[]): number;
}

function openGrid(bytes: Uint8Array): SheetGrid {
  const workbook = XLSX.read(bytes, { cellNF: true, cellDates: false });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '', raw: true, blankrows: true });
  const headerRow = rows.findIndex((row, i) => i < 20 && row.some((cell) => PATCH_ID_HEADERS.includes(headerText(cell))));
  if (headerRow < 0) throw new Error(`no header cell ${PATCH_ID_HEADERS.join('/')} in the first 20 rows`);
  const column = (headers: readonly string[]): number => {
    // Grouped headers put a field's label in the first or a lower header row.
    for (let r = headerRow; r < Math.min(rows.length, headerRow + 3); r += 1) {
      const index = (rows[r] ?? []).findIndex((cell) => headers.includes(headerText(cell)));
      if (index >= 0) return index;
    }
    throw new Error(`no header cell ${headers.join('/')} near row ${headerRow + 1}`);
  };
  return { workbook, sheet, rows, headerRow, column };
}

export interface ViolationFacts {
  /** Distinct 图斑编号 of the rows judged 违法: what the ledger must hold after importing the sheet. */
  readonly patchIds: ReadonlySet<string>;
  /** 0-based sheet row index of the first 违法 row of each 图斑编号. */
  readonly firstRow: ReadonlyMap<string, number>;
  /** How many 违法 rows carry each 图斑编号 (split patches and duplicates have several). */
  readonly rowsPerPatch: ReadonlyMap<string, number>;
}

/** Every 违法 row's 图斑编号, read with SheetJS from the header texts. */
export function violationFacts(bytes: Uint8Array): ViolationFacts {
  const grid = openGrid(bytes);
  const patchColumn = grid.column(PATCH_ID_HEADERS);
  const verdictColumn = grid.column(VERDICT_HEADERS);
  const patchIds = new Set<string>();
  const firstRow = new Map<string, number>();
  const rowsPerPatch = new Map<string, number>();
  grid.rows.forEach((row, index) => {
    if (index <= grid.headerRow) return;
    const patchId = cellText(row[patchColumn]);
    if (patchId === '' || cellText(row[verdictColumn]) !== '违法') return;
    patchIds.add(patchId);
    if (!firstRow.has(patchId)) firstRow.set(patchId, index);
    rowsPerPatch.set(patchId, (rowsPerPatch.get(patchId) ?? 0) + 1);
  });
  return { patchIds, firstRow, rowsPerPatch };
}

/**
 * "Next month's export": a copy of `bytes` in which the 拟完成整改时间 of `count` 违法 patches that
 * sit on one row each is changed. Returns the new file and the changed 图斑编号. SheetJS keeps the
 * other cells' values and number formats (checked by the test importing both).
 */
export function nextMonth(bytes: Uint8Array, count: number, newDate = '2025-03-31'): { bytes: Uint8Array; changed: string[] } {
  const grid = openGrid(bytes);
  const facts = violationFacts(bytes);
  const plannedColumn = grid.column(PLANNED_DATE_HEADERS);
  const changed: string[] = [];
  for (const patchId of facts.patchIds) {
    if (changed.length >= count) break;
    const rowIndex = facts.firstRow.get(patchId);
    if (rowIndex === undefined || facts.rowsPerPatch.get(patchId) !== 1) continue;
    // Only rows whose whole 图斑编号 group is this one row (a split patch's other plot may be 合法).
    const sameId = grid.rows.filter((row, i) => i > grid.headerRow && cellText(row[grid.column(PATCH_ID_HEADERS)]) === patchId).length;
    if (sameId !== 1) continue;
    if (cellText(grid.rows[rowIndex]?.[plannedColumn]) === newDate) continue;
    grid.sheet[XLSX.utils.encode_cell({ r: rowIndex, c: plannedColumn })] = { t: 's', v: newDate };
    changed.push(patchId);
  }
  if (changed.length < count) throw new Error(`only ${changed.length} single-row 违法 patches to change, ${count} asked`);
  return { bytes: new Uint8Array(XLSX.write(grid.workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer), changed };
}

/** The one item of the 销号 test: a 拆除复耕 patch, not yet resolved, with its 拆除复耕到位证明. */
export const CLOSE_TEST_PATCH = 'E2E-CLOSE-0001';

/**
 * A sheet with one 违法 patch to be rectified by 拆除复耕: not resolved yet (so it enters as 待整改),
 * the 到位证明 filed, no photo. Once marked resolved its only missing piece for 销号 is a photo.
 */
export function closeTestSheet(): Uint8Array {
  const rows = [
    ['图斑编号', '乡镇（街道）', '判定类型', '整改措施', '是否消除违法状态', '拆除复耕到位证明', '拟完成整改时间'],
    [CLOSE_TEST_PATCH, '柏寺营乡', '违法', '拆除复耕', '否', '成自然资复耕证〔2024〕3号', '2024-12-31'],
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '图斑核查情况');
  return new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/**
 * A generated county export (wide40 columns, as the benchmark uses) written under `dir`; returns
 * its path and the 违法 图斑编号 counted from the file.
 */
export function largeExport(dir: string, rows: number, seed = 20261124): { path: string; violations: number } {
  mkdirSync(dir, { recursive: true });
  const generated = generateCountyExport({ rows, seed, defectRate: 0.1, columns: 'wide40' });
  const path = join(dir, `export-${rows}x40-${seed}.xlsx`);
  writeFileSync(path, generated.bytes);
  return { path, violations: violationFacts(generated.bytes).patchIds.size };
}

/**
 * A small real JPEG (a 64×48 picture with a gradient), drawn and encoded by the browser itself: what
 * a phone photo is to the app — bytes that start with FF D8 and decode as an image.
 */
export async function photoJpeg(page: Page): Promise<Buffer> {
  const base64 = (await page.evaluate(`(async () => {
    const canvas = new OffscreenCanvas(64, 48);
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, 64, 48);
    gradient.addColorStop(0, '#3a7d44');
    gradient.addColorStop(1, '#c9a227');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 64, 48);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  })()`)) as string;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('the browser did not produce a JPEG');
  return bytes;
}
