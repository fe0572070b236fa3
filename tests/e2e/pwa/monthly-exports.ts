/**
 * A quarter of one county's monthly exports (the judge's scenario for the 整改台账), and what the
 * ledger must hold after each, counted straight from the sheets with SheetJS — not with our reader
 * or importer, so that a bug in either cannot make the app's figures and the expectation agree.
 *
 * - month 1: a generated export (tests/fixtures/county-export.ts);
 * - month 2: month 1 with some 拟完成整改时间 moved and some patches now 消除违法状态 = 是;
 * - month 3: month 2 with the 违法 and other rows of another generated export appended (their
 *   图斑编号 prefixed, so they are new patches), before the 合计 row.
 *
 * The ledger's rules the expectations follow (reports-and-ledger.md, pwa/ledger/import-violations.ts
 * doc): one item per 图斑编号 having a 违法 row; a new item starts 待验收 when its first 违法 row says
 * 是否消除违法状态 = 是, else 待整改; a re-import updates an item whose filed values changed and
 * never moves its state.
 */
import * as XLSX from '@e965/xlsx';
import type { FieldId } from '../../../shared/model/field-dictionary';
import { generateCountyExport, type CountyExport } from '../../fixtures/county-export';

/** The yes-forms the generator's layouts write (sheet-layout.ts yesNoCell): 是, Y, √, 1. */
const YES = new Set(['是', 'y', '√', '1']);

function text(cell: XLSX.CellObject | undefined): string {
  return cell === undefined || cell.v === undefined || cell.v === null ? '' : String(cell.v).trim();
}

/** A sheet whose columns are known from the generator's own column list (letters), read with SheetJS. */
interface MonthSheet {
  readonly workbook: XLSX.WorkBook;
  readonly sheet: XLSX.WorkSheet;
  /** 0-based column of a field. */
  column(field: FieldId): number;
  /** 0-based rows of the records: from the first data row to the row before 合计. */
  readonly firstRow: number;
  totalRow: number;
}

function openMonth(bytes: Uint8Array, generated: CountyExport): MonthSheet {
  const workbook = XLSX.read(bytes, { cellNF: true, cellDates: false });
  const sheet = workbook.Sheets[generated.sheetName];
  if (!sheet) throw new Error(`no sheet ${generated.sheetName}`);
  const letters = new Map<FieldId, number>();
  for (const c of generated.columns) if (c.field !== undefined && !letters.has(c.field)) letters.set(c.field, XLSX.utils.decode_col(c.letter));
  return {
    workbook,
    sheet,
    column(field) {
      const index = letters.get(field);
      if (index === undefined) throw new Error(`the generated sheet has no ${field} column`);
      return index;
    },
    firstRow: generated.firstDataRow - 1,
    totalRow: generated.totalRow - 1,
  };
}

function cellAt(month: MonthSheet, row: number, field: FieldId): XLSX.CellObject | undefined {
  return month.sheet[XLSX.utils.encode_cell({ r: row, c: month.column(field) })] as XLSX.CellObject | undefined;
}

function setText(month: MonthSheet, row: number, field: FieldId, value: string): void {
  month.sheet[XLSX.utils.encode_cell({ r: row, c: month.column(field) })] = { t: 's', v: value };
}

function write(month: MonthSheet): Uint8Array {
  return new Uint8Array(XLSX.write(month.workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

export type ItemState = '待整改' | '待验收';

/** What one sheet says about the ledger: every 图斑编号 with a 违法 row, and the state it would enter in. */
export interface SheetPatches {
  /** Every 图斑编号 in the sheet (any verdict). */
  readonly all: ReadonlySet<string>;
  /** 图斑编号 with at least one 违法 row → the state a new item starts in (from its first 违法 row). */
  readonly violations: ReadonlyMap<string, ItemState>;
}

function patchesOf(month: MonthSheet): SheetPatches {
  const all = new Set<string>();
  const violations = new Map<string, ItemState>();
  for (let r = month.firstRow; r < month.totalRow; r += 1) {
    const patchId = text(cellAt(month, r, 'patchId'));
    if (patchId === '') continue;
    all.add(patchId);
    if (text(cellAt(month, r, 'verdict')) !== '违法' || violations.has(patchId)) continue;
    violations.set(patchId, YES.has(text(cellAt(month, r, 'rectResolved')).toLowerCase()) ? '待验收' : '待整改');
  }
  return { all, violations };
}

/** Rows (0-based) of 图斑编号 that sit on exactly one row of the sheet, that row judged 违法. */
function singleViolationRows(month: MonthSheet): Map<string, number> {
  const rowsOf = new Map<string, number[]>();
  for (let r = month.firstRow; r < month.totalRow; r += 1) {
    const patchId = text(cellAt(month, r, 'patchId'));
    if (patchId !== '') rowsOf.set(patchId, [...(rowsOf.get(patchId) ?? []), r]);
  }
  const out = new Map<string, number>();
  for (const [patchId, rows] of rowsOf) {
    const only = rows[0];
    if (rows.length === 1 && only !== undefined && text(cellAt(month, only, 'verdict')) === '违法') out.set(patchId, only);
  }
  return out;
}

export interface MonthExport {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly patches: SheetPatches;
}

export interface Quarter {
  readonly months: readonly [MonthExport, MonthExport, MonthExport];
  /** Month 2's changes: 图斑编号 whose 拟完成整改时间 moved, and those now marked 消除违法状态 = 是 (disjoint). */
  readonly movedDates: readonly string[];
  readonly resolved: readonly string[];
  /** Month 3's new 图斑编号 with a 违法 row. */
  readonly added: readonly string[];
}

export interface QuarterOptions {
  readonly rows: number;
  readonly addedRows: number;
  readonly moveDates: number;
  readonly resolve: number;
  readonly seed?: number;
}

/** Three monthly exports of one county, built with SheetJS from generated sheets. */
export function quarterOfExports(options: QuarterOptions): Quarter {
  const seed = options.seed ?? 20240131;
  const base = generateCountyExport({ rows: options.rows, seed, defectRate: 0.1, columns: 'full' });

  // Month 1: as generated.
  const first = openMonth(base.bytes, base);
  const month1: MonthExport = { name: '县级卫片执法图斑-1月.xlsx', bytes: base.bytes, patches: patchesOf(first) };

  // Month 2: dates moved on some open patches, others now resolved. Only patches on one row (a split
  // patch's other plot would keep its own values) and not yet resolved (是 → 是 changes nothing).
  const second = openMonth(base.bytes, base);
  const movedDates: string[] = [];
  const resolved: string[] = [];
  const newDate = '2025-03-31';
  for (const [patchId, row] of singleViolationRows(second)) {
    if (YES.has(text(cellAt(second, row, 'rectResolved')).toLowerCase())) continue;
    if (movedDates.length < options.moveDates) {
      if (text(cellAt(second, row, 'rectPlannedDate')) === newDate) continue;
      setText(second, row, 'rectPlannedDate', newDate);
      movedDates.push(patchId);
    } else if (resolved.length < options.resolve) {
      setText(second, row, 'rectResolved', '是');
      resolved.push(patchId);
    } else break;
  }
  if (movedDates.length < options.moveDates || resolved.length < options.resolve) throw new Error('not enough open single-row 违法 patches to change');
  const month2Bytes = write(second);
  const month2: MonthExport = { name: '县级卫片执法图斑-2月.xlsx', bytes: month2Bytes, patches: patchesOf(openMonth(month2Bytes, base)) };

  // Month 3: month 2 and the records of another generated export, before the 合计 row.
  const third = openMonth(month2Bytes, base);
  const extra = generateCountyExport({ rows: options.addedRows, seed: seed + 1, defectRate: 0.1, columns: 'full' });
  const extraSheet = openMonth(extra.bytes, extra);
  const width = XLSX.utils.decode_range(third.sheet['!ref'] ?? 'A1').e.c;
  const added = extraSheet.totalRow - extraSheet.firstRow;
  const putCell = (row: number, c: number, cell: XLSX.CellObject | undefined) => {
    const address = XLSX.utils.encode_cell({ r: row, c });
    if (cell === undefined) delete third.sheet[address];
    else third.sheet[address] = { ...cell };
  };
  // The 合计 row moves down; the extra records fill the gap, their 图斑编号 prefixed.
  for (let c = 0; c <= width; c += 1) putCell(third.totalRow + added, c, third.sheet[XLSX.utils.encode_cell({ r: third.totalRow, c })] as XLSX.CellObject | undefined);
  for (let i = 0; i < added; i += 1) {
    for (let c = 0; c <= width; c += 1) {
      const cell = extraSheet.sheet[XLSX.utils.encode_cell({ r: extraSheet.firstRow + i, c })] as XLSX.CellObject | undefined;
      const { w: _shown, ...kept } = cell ?? {};
      putCell(third.totalRow + i, c, cell === undefined ? undefined : (kept as XLSX.CellObject));
    }
    const patchCell = cellAt(third, third.totalRow + i, 'patchId');
    if (text(patchCell) !== '') setText(third, third.totalRow + i, 'patchId', `Q3-${text(patchCell)}`);
  }
  const range = XLSX.utils.decode_range(third.sheet['!ref'] ?? 'A1');
  range.e.r += added;
  third.sheet['!ref'] = XLSX.utils.encode_range(range);
  third.totalRow += added;
  const month3Bytes = write(third);
  const month3Sheet = openMonth(month3Bytes, base);
  month3Sheet.totalRow = third.totalRow;
  const month3: MonthExport = { name: '县级卫片执法图斑-3月.xlsx', bytes: month3Bytes, patches: patchesOf(month3Sheet) };
  const addedIds = [...month3.patches.violations.keys()].filter((id) => !month2.patches.violations.has(id));
  return { months: [month1, month2, month3], movedDates, resolved, added: addedIds };
}

/** States counted over the ledger's items. */
export function stateCounts(states: Iterable<ItemState>): { 待整改: number; 待验收: number } {
  const out = { 待整改: 0, 待验收: 0 };
  for (const s of states) out[s] += 1;
  return out;
}
