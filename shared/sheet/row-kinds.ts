/**
 * What the rows below the header are: data, blank, 合计/小计 totals or notes (signatures under the
 * table, a header repeated at a page break) — and the values a cell merged down over several data
 * rows shows on each of them.
 */
import type { CellObject, Range } from '@e965/xlsx';
import { toHalfWidth } from '../model/text';
import { cellIsEmpty, type DenseRows } from './cells';
import type { HeaderLayout } from './header';
import { TOTAL_SCAN_COLUMNS, type SheetRead } from './sheet-read';

const TOTAL_TEXT = /^.{0,10}(?:合计|小计|总计)$/u;

function isTotalText(cell: CellObject | undefined): boolean {
  // Cheap test first: this runs on the first cells of every row.
  if (cell?.t !== 's' || typeof cell.v !== 'string' || cell.v.length > 40 || !cell.v.includes('计')) return false;
  const text = toHalfWidth(cell.v).replace(/\s+/gu, '').replace(/[:：]+$/u, '');
  return TOTAL_TEXT.test(text);
}

export interface RowPlan {
  readonly dataRows: Int32Array;
  readonly skipped: SheetRead['skipped'];
  readonly maxWidth: number;
}

/** Footer lines under a table (填表人：张三 审核人：李四 填报日期：…) are signatures, not patches. */
const NOTE_TEXT = /^(?:填表人|填报人|审核人|审批人|复核人|制表人|制表|负责人|单位负责人|分管领导|联系人|联系电话|填报单位|填表单位|填表日期|填报日期|报送日期|制表日期|说明|注)\s*[:：]/u;

function isNoteText(cell: CellObject | undefined): boolean {
  if (cell?.t !== 's' || typeof cell.v !== 'string') return false;
  return NOTE_TEXT.test(toHalfWidth(cell.v).trim().replace(/^[:：\s]+/u, ''));
}

/** At least this many cells equal their column's own label: the row is the header again. */
const REPEATED_HEADER_MIN = 3;

/** A repeated header is a copy of the header's text: exact comparison, no allocation per cell (hot loop). */
function repeatsHeader(row: readonly (CellObject | undefined)[], labels: readonly (string | undefined)[]): boolean {
  let same = 0;
  const n = Math.min(row.length, labels.length);
  for (let c = 0; c < n; c++) {
    const cell = row[c];
    if (cell?.t === 's' && cell.v === labels[c] && ++same >= REPEATED_HEADER_MIN) return true;
  }
  return false;
}

export type RowAt = (r: number) => readonly (CellObject | undefined)[] | undefined;

/**
 * Rows as Excel shows them: a cell merged down over several data rows (a 乡镇 merged over its
 * patches) shows its value on each of them, so the value is read on each. SheetJS stores it in the
 * merge's first cell only. Horizontal spans are not filled: the value belongs to its first column.
 */
export function rowReader(rows: DenseRows, merges: readonly Range[], firstDataRow: number): RowAt {
  const fills = new Map<number, (readonly [number, CellObject])[]>();
  for (const m of merges) {
    if (m.e.r <= m.s.r || m.s.r < firstDataRow) continue;
    const origin = rows[m.s.r]?.[m.s.c];
    if (!origin || cellIsEmpty(origin)) continue;
    for (let r = m.s.r + 1; r <= Math.min(m.e.r, rows.length - 1); r++) {
      const list = fills.get(r);
      if (list) list.push([m.s.c, origin]);
      else fills.set(r, [[m.s.c, origin]]);
    }
  }
  if (fills.size === 0) return (r) => rows[r];
  return (r) => {
    const base = rows[r];
    const fill = fills.get(r);
    if (!fill) return base;
    const row = base ? base.slice() : [];
    for (const [c, cell] of fill) if (cellIsEmpty(row[c])) row[c] = cell;
    return row;
  };
}

export type RowKind = 'data' | 'blank' | 'total' | 'note';

/**
 * Sorts the rows below the header one at a time, in sheet order — the SheetJS path over its dense
 * rows, the streaming reader as rows arrive — and keeps the counts: blank rows between filled ones
 * (trailing blanks are not counted), 合计/小计 and note rows with their Excel rows, the used width.
 */
export class RowSorter {
  private readonly firstColumn: number;
  private readonly labels: readonly (string | undefined)[];
  private pendingBlank = 0;
  blank = 0;
  maxWidth: number;
  readonly totalRows: number[] = [];
  readonly noteRows: number[] = [];

  constructor(
    layout: HeaderLayout,
    private readonly readColumns: readonly number[],
  ) {
    const first = layout.columns.findIndex((col) => col.parts.length > 0);
    this.firstColumn = first < 0 ? 0 : first;
    this.labels = layout.columns.map((column) => column.parts.at(-1));
    this.maxWidth = layout.columns.length;
  }

  /** `r` is 0-based; `row` as Excel shows it (merged cells filled). */
  sort(row: readonly (CellObject | undefined)[] | undefined, r: number): RowKind {
    if (!row) {
      this.pendingBlank++;
      return 'blank';
    }
    if (row.length > this.maxWidth) this.maxWidth = row.length;
    let total = false;
    for (let c = 0; c < this.firstColumn + TOTAL_SCAN_COLUMNS && c < row.length; c++) {
      if (isTotalText(row[c])) {
        total = true;
        break;
      }
    }
    // The first filled cell of a footer line starts with its caption; a header repeated inside
    // the table (a printout's page break, pasted blocks) is not a patch either.
    const firstFilled = row.find((cell) => !cellIsEmpty(cell));
    if (isNoteText(firstFilled) || repeatsHeader(row, this.labels)) {
      this.noteRows.push(r + 1);
      this.settleBlanks();
      return 'note';
    }
    if (total) {
      this.totalRows.push(r + 1);
      this.settleBlanks();
      return 'total';
    }
    for (const c of this.readColumns) {
      if (!cellIsEmpty(row[c])) {
        this.settleBlanks();
        return 'data';
      }
    }
    this.pendingBlank++;
    return 'blank';
  }

  /** Blank rows followed by a filled row are counted; blank rows at the end are not. */
  private settleBlanks(): void {
    this.blank += this.pendingBlank;
    this.pendingBlank = 0;
  }

  skipped(): SheetRead['skipped'] {
    return { blank: this.blank, total: this.totalRows.length, totalRows: this.totalRows, notes: this.noteRows.length, noteRows: this.noteRows };
  }
}

/** One pass over the rows below the header: which are data, blank or totals, and the used width. */
export function planRows(rows: DenseRows, rowAt: RowAt, layout: HeaderLayout, readColumns: readonly number[]): RowPlan {
  const sorter = new RowSorter(layout, readColumns);
  let dataRows = new Int32Array(Math.max(16, rows.length - layout.bottom));
  let count = 0;
  for (let r = layout.bottom + 1; r < rows.length; r++) {
    if (sorter.sort(rowAt(r), r) !== 'data') continue;
    if (count === dataRows.length) {
      const grown = new Int32Array(dataRows.length * 2);
      grown.set(dataRows);
      dataRows = grown;
    }
    dataRows[count++] = r;
  }
  return { dataRows: dataRows.subarray(0, count), skipped: sorter.skipped(), maxWidth: sorter.maxWidth };
}

/**
 * rowReader for rows that arrive one at a time, in order (the streaming reader): a merge's first
 * cell is seen before the rows it covers, so its value is remembered there and shown below.
 */
export class MergeFill {
  private readonly startingAt = new Map<number, Range[]>();
  private active: { readonly range: Range; readonly cell: CellObject }[] = [];

  constructor(merges: readonly Range[], firstDataRow: number) {
    for (const m of merges) {
      if (m.e.r <= m.s.r || m.s.r < firstDataRow) continue;
      const list = this.startingAt.get(m.s.r);
      if (list) list.push(m);
      else this.startingAt.set(m.s.r, [m]);
    }
  }

  /** Row `r` (0-based) as Excel shows it; `row` undefined when the sheet has no such row element. */
  apply(r: number, row: readonly (CellObject | undefined)[] | undefined): readonly (CellObject | undefined)[] | undefined {
    if (this.startingAt.size === 0) return row;
    let out = row;
    if (this.active.length > 0) {
      this.active = this.active.filter((a) => a.range.e.r >= r);
      for (const { range, cell } of this.active) {
        if (!cellIsEmpty(out?.[range.s.c])) continue;
        const copy: (CellObject | undefined)[] = out === row ? (row ? row.slice() : []) : (out as (CellObject | undefined)[]);
        copy[range.s.c] = cell;
        out = copy;
      }
    }
    const starting = this.startingAt.get(r);
    if (starting) {
      for (const range of starting) {
        const origin = row?.[range.s.c];
        if (origin && !cellIsEmpty(origin)) this.active.push({ range, cell: origin });
      }
    }
    return out;
  }
}
