import type { Range } from '@e965/xlsx';
import type { LabelMatcher } from '../model/labels';
import { cellRaw, cellText, type DenseRows } from './cells';
import { matchParts, sameColumnMatch } from './column-match';
import { parseUnitLine, unitOnlyLabel, type UnitLine } from './units';

/**
 * Finding the header of an exported sheet (fields.md, "Values and units"): title rows, then up to
 * three header rows (merged group headers over a label row, labels merged vertically across the
 * header rows), then data.
 *
 * 1. Within the first rows, the label row is the one whose cells name the most dictionary fields
 *    (a cell is also read under the group header directly above it, so `面积` under `拆除复耕`
 *    counts). Ties go to the upper row. At least MIN_LABELS cells must match.
 * 2. The header band grows from the label row, to three rows at most:
 *    - down, through vertical merges that start in the band (a label merged over the header rows);
 *    - up, through a row that is structurally part of the header: a merge from it reaches into the
 *      band; it holds MIN_LABELS labels, or a label over a column with no header text in the band
 *      (a label merged down, saved without its merge); a short group header in it gives a
 *      sub-header below a meaning (`拆除复耕` over `面积`); or it holds a merged group header over
 *      several sub-headers (`核查情况`). A row whose only cell starts at the table's first column
 *      or spans nearly its width is a title; titles and form lines (`填报单位：…`) are never group
 *      headers (group text is short and has no colon);
 *    - down, through a row of sub-headers without merges (CSV): every filled cell reads as a
 *      header under the band (a label, a unit, a level) and none reads as data.
 * 3. Rows above the band are title rows; a unit line among them, or in the band, sets the default
 *    unit.
 */

export const SCAN_ROWS = 20;
export const MAX_HEADER_ROWS = 3;
export const MIN_LABELS = 2;

export interface HeaderColumn {
  /** Non-empty header texts over this column, top to bottom (group headers, then the label). */
  readonly parts: readonly string[];
  /**
   * The label (the lowest part) is a horizontally merged cell that starts in a column to the left,
   * with no sub-header of this column's own below it: the column continues that label (a `土地坐落`
   * merged over two columns) and is not a second column of the field.
   */
  readonly continuation: boolean;
}

export interface HeaderLayout {
  /** 0-based rows of the header band. */
  readonly top: number;
  readonly bottom: number;
  /** 0-based index of the label row the band grew from. */
  readonly labelRow: number;
  readonly columns: readonly HeaderColumn[];
  readonly titleLines: readonly string[];
  readonly unitLine?: UnitLine;
}

interface Slot {
  readonly text: string;
  /** Identifies the source cell: a merged cell reads the same text in every row and column it covers. */
  readonly origin: number;
  readonly merge?: Range;
}

/** Header-area view of a sheet: cell texts and merges of the first rows, computed once. */
class HeaderGrid {
  readonly width: number;
  readonly height: number;
  private readonly texts: string[][];
  private readonly cover = new Map<number, Range>();

  constructor(
    private readonly rows: DenseRows,
    merges: readonly Range[],
    height: number,
  ) {
    this.height = Math.min(height, rows.length);
    let width = 0;
    for (let r = 0; r < this.height; r++) width = Math.max(width, rows[r]?.length ?? 0);
    this.width = width;
    this.texts = [];
    for (let r = 0; r < this.height; r++) {
      const row = rows[r];
      const line: string[] = [];
      for (let c = 0; c < width; c++) line.push(normaliseHeaderText(cellText(row?.[c])));
      this.texts.push(line);
    }
    for (const m of merges) {
      if (m.s.r >= this.height || m.e.r < 0) continue;
      for (let r = Math.max(0, m.s.r); r <= Math.min(m.e.r, this.height - 1); r++) {
        for (let c = Math.max(0, m.s.c); c <= Math.min(m.e.c, width - 1); c++) this.cover.set(r * width + c, m);
      }
    }
  }

  own(r: number, c: number): string {
    return this.texts[r]?.[c] ?? '';
  }

  mergeAt(r: number, c: number): Range | undefined {
    return this.cover.get(r * this.width + c);
  }

  /** The text shown at (r, c): a merged cell's text over its whole area. */
  slot(r: number, c: number): Slot {
    const m = this.mergeAt(r, c);
    if (m) return { text: this.own(m.s.r, m.s.c), origin: m.s.r * this.width + m.s.c, merge: m };
    return { text: this.own(r, c), origin: r * this.width + c };
  }

  /** Whether (r, c) starts its own text: not the second column or row of a merge. */
  isOrigin(r: number, c: number): boolean {
    const m = this.mergeAt(r, c);
    return !m || (m.s.r === r && m.s.c === c);
  }

  /** A value a data row would hold rather than a header: a number. */
  isNumeric(r: number, c: number): boolean {
    const raw = cellRaw(this.rows[r]?.[c]);
    if (typeof raw === 'number') return true;
    return typeof raw === 'string' && /^[+-]?\d+(?:[.,]\d+)*$/u.test(raw.trim());
  }

  /** Whether some row in (r, lastRow] has text at column c. */
  hasTextBelow(r: number, lastRow: number, c: number): boolean {
    for (let rr = r + 1; rr <= lastRow; rr++) if (this.slot(rr, c).text !== '') return true;
    return false;
  }

  /**
   * The group text over (r, c) for sub-headers down to `lastRow`. A merged cell covers its area.
   * An unmerged group header (CSV, or a sheet whose merges were undone) spreads right over empty
   * cells whose columns have sub-headers below, like `拆除复耕,,` over `面积,其中耕地`.
   */
  groupSlot(r: number, c: number, lastRow: number): Slot {
    const here = this.slot(r, c);
    if (here.text !== '' || here.merge) return here;
    if (!this.hasTextBelow(r, lastRow, c)) return here;
    for (let cc = c - 1; cc >= 0; cc--) {
      if (this.mergeAt(r, cc)) return here;
      const text = this.own(r, cc);
      if (text === '') {
        if (!this.hasTextBelow(r, lastRow, cc)) return here;
        continue;
      }
      // Only a group spreads: a cell with a sub-header under itself, not a label merged down in a CSV.
      return this.hasTextBelow(r, lastRow, cc) ? { text, origin: r * this.width + cc } : here;
    }
    return here;
  }

  /** Header parts of column c over rows top..bottom, de-duplicated across merged rows. */
  parts(top: number, bottom: number, c: number): { parts: string[]; last?: Slot } {
    const parts: string[] = [];
    let lastOrigin = -1;
    let last: Slot | undefined;
    for (let r = top; r <= bottom; r++) {
      const s = r < bottom ? this.groupSlot(r, c, bottom) : this.slot(r, c);
      if (s.text === '' || s.origin === lastOrigin) continue;
      parts.push(s.text);
      lastOrigin = s.origin;
      last = s;
    }
    return last ? { parts, last } : { parts };
  }
}

/** Header text as shown on one line: line breaks inside a cell dropped, spaces collapsed. */
export function normaliseHeaderText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Text that can be a group header: short, no colon. Titles (`XX县2023年第二季度卫片执法图斑核查情况表`)
 * and form lines (`填报单位：…`) are not, though they may contain a group keyword such as 违法 or 图斑.
 */
export const MAX_GROUP_CHARS = 12;

function isGroupText(text: string): boolean {
  return text.replace(/\s+/gu, '').length <= MAX_GROUP_CHARS && !/[:：]/u.test(text);
}

function isUnitLineOnly(text: string): boolean {
  const line = parseUnitLine(text);
  return line !== undefined && /^[(（]?\s*(?:面积|金额)?单位/u.test(text.trim());
}

/** Cells of row r that match a field, each read under the group header directly above it. */
function rowScore(grid: HeaderGrid, matcher: LabelMatcher, r: number): number {
  let score = 0;
  for (let c = 0; c < grid.width; c++) {
    if (!grid.isOrigin(r, c)) continue;
    const text = grid.own(r, c);
    if (text === '' || grid.isNumeric(r, c)) continue;
    const group = r > 0 ? grid.groupSlot(r - 1, c, r).text : '';
    const parts = group !== '' && group !== text && isGroupText(group) ? [group, text] : [text];
    if (matchParts(matcher, parts) !== undefined && unitOnlyLabel(text) === undefined) score++;
  }
  return score;
}

interface TableSpan {
  readonly first: number;
  readonly last: number;
}

/** The columns the label row covers (first to last filled cell). */
function tableSpan(grid: HeaderGrid, r: number): TableSpan {
  let first = -1;
  let last = -1;
  for (let c = 0; c < grid.width; c++) {
    if (grid.slot(r, c).text !== '') {
      if (first < 0) first = c;
      last = c;
    }
  }
  return first < 0 ? { first: 0, last: -1 } : { first, last };
}

interface RowCell {
  readonly c: number;
  readonly text: string;
  readonly merge?: Range;
}

/** The extent of a cell as a group header: its merge, or for an unmerged cell its spread. */
function groupSpan(grid: HeaderGrid, u: number, o: RowCell, bottom: number): { from: number; to: number } {
  return o.merge ? { from: o.merge.s.c, to: Math.min(o.merge.e.c, grid.width - 1) } : spreadSpan(grid, u, o.c, bottom);
}

function isHeaderRowAbove(grid: HeaderGrid, matcher: LabelMatcher, u: number, top: number, bottom: number, table: TableSpan): boolean {
  const origins: RowCell[] = [];
  for (let c = 0; c < grid.width; c++) {
    if (!grid.isOrigin(u, c)) continue;
    const text = grid.own(u, c);
    if (text === '') continue;
    const merge = grid.mergeAt(u, c);
    origins.push(merge ? { c, text, merge } : { c, text });
  }
  if (origins.length === 0) return false;
  if (origins.every((o) => isUnitLineOnly(o.text))) return false;
  // A label merged down into the band.
  if (origins.some((o) => o.merge && o.merge.e.r >= top)) return true;
  // Labels in this row itself.
  const labels = origins.filter((o) => matchParts(matcher, [o.text]) !== undefined);
  if (labels.length >= MIN_LABELS) return true;
  // A label over a column that has no header text in the band: a label merged down, saved without its merge (CSV).
  if (labels.some((o) => grid.parts(top, bottom, o.c).parts.length === 0)) return true;
  // A title: the row's only cell, starting at the table's first column or spanning nearly all of it
  // (`违法用地图斑统计表` is short and names a group keyword, but is no group).
  const only = origins.length === 1 ? origins[0] : undefined;
  if (only) {
    const span = groupSpan(grid, u, only, bottom);
    if (span.from <= table.first || span.to - span.from + 1 >= 0.9 * (table.last - table.first + 1)) return false;
  }
  for (const o of origins) {
    if (!isGroupText(o.text)) continue;
    const span = groupSpan(grid, u, o, bottom);
    // A group header that gives a sub-header below its meaning.
    for (let c = span.from; c <= span.to; c++) {
      const below = grid.parts(top, bottom, c).parts;
      if (below.length === 0) continue;
      const withGroup = matchParts(matcher, [o.text, ...below]);
      if (withGroup && !sameColumnMatch(withGroup, matchParts(matcher, below))) return true;
    }
    // A merged group header (核查情况) over several sub-headers.
    if (o.merge && o.merge.e.r < top && span.to > span.from) {
      let subHeaders = 0;
      for (let c = span.from; c <= span.to; c++) if (grid.slot(top, c).text !== '') subHeaders++;
      if (subHeaders >= 2) return true;
    }
  }
  return false;
}

function spreadSpan(grid: HeaderGrid, r: number, c: number, lastRow: number): { from: number; to: number } {
  let to = c;
  while (to + 1 < grid.width && grid.groupSlot(r, to + 1, lastRow).origin === r * grid.width + c) to++;
  return { from: c, to };
}

function isSubHeaderRowBelow(grid: HeaderGrid, matcher: LabelMatcher, d: number, top: number, bottom: number): boolean {
  if (d >= grid.height) return false;
  let headerLike = 0;
  let filled = 0;
  for (let c = 0; c < grid.width; c++) {
    if (!grid.isOrigin(d, c)) continue;
    const text = grid.own(d, c);
    if (text === '') continue;
    filled++;
    if (grid.isNumeric(d, c)) return false;
    const above = grid.parts(top, bottom, c).parts;
    const before = above.length > 0 ? matchParts(matcher, above) : undefined;
    const after = matchParts(matcher, [...above, text]);
    const reads = after !== undefined && (!sameColumnMatch(after, before) || unitOnlyLabel(text) !== undefined);
    if (reads) headerLike++;
    // A filled cell under a complete label that does not read as a sub-header is data.
    else if (before !== undefined) return false;
  }
  return filled > 0 && headerLike > 0;
}

/**
 * Finds the header band of a sheet, or undefined when no row of the first SCAN_ROWS names
 * MIN_LABELS fields.
 */
export function findHeader(rows: DenseRows, merges: readonly Range[], matcher: LabelMatcher): HeaderLayout | undefined {
  const grid = new HeaderGrid(rows, merges, SCAN_ROWS + MAX_HEADER_ROWS);
  let labelRow = -1;
  let best = 0;
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.height); r++) {
    const score = rowScore(grid, matcher, r);
    if (score > best) {
      best = score;
      labelRow = r;
    }
  }
  if (labelRow < 0 || best < MIN_LABELS) return undefined;

  let top = labelRow;
  let bottom = labelRow;
  const table = tableSpan(grid, labelRow);
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of merges) {
      if (m.s.r >= top && m.s.r <= bottom && m.e.r > bottom && m.s.r !== m.e.r) {
        const to = Math.min(m.e.r, top + MAX_HEADER_ROWS - 1, grid.height - 1);
        if (to > bottom) {
          bottom = to;
          changed = true;
        }
      }
    }
    if (bottom - top + 1 >= MAX_HEADER_ROWS) break;
    if (top > 0 && isHeaderRowAbove(grid, matcher, top - 1, top, bottom, table)) {
      top--;
      changed = true;
      continue;
    }
    if (isSubHeaderRowBelow(grid, matcher, bottom + 1, top, bottom)) {
      bottom++;
      changed = true;
    }
  }

  const columns: HeaderColumn[] = [];
  for (let c = 0; c < grid.width; c++) {
    const { parts, last } = grid.parts(top, bottom, c);
    const continuation = last?.merge !== undefined && last.merge.s.c < c;
    columns.push({ parts, continuation });
  }

  const titleLines: string[] = [];
  let unitLine: UnitLine | undefined;
  for (let r = 0; r < top; r++) {
    const texts: string[] = [];
    for (let c = 0; c < grid.width; c++) {
      if (!grid.isOrigin(r, c)) continue;
      const text = grid.own(r, c);
      if (text === '') continue;
      texts.push(text);
      unitLine ??= parseUnitLine(text);
    }
    if (texts.length > 0) titleLines.push(texts.join(' '));
  }
  // A unit line may also sit in the header band itself, in a cell of its own (`单位：亩` at the right).
  if (!unitLine) {
    for (let r = top; r <= bottom && !unitLine; r++) {
      for (let c = 0; c < grid.width && !unitLine; c++) {
        const text = grid.own(r, c);
        if (text !== '' && isUnitLineOnly(text)) unitLine = parseUnitLine(text);
      }
    }
  }
  return { top, bottom, labelRow, columns, titleLines, ...(unitLine ? { unitLine } : {}) };
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/u;
const ANY_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;

/** The title rows' text, one line per row, and the 4-digit year it names (`2023年` first, else any year). */
export function headerTitle(layout: HeaderLayout): { titleText?: string; titleYear?: number } {
  if (layout.titleLines.length === 0) return {};
  const titleText = layout.titleLines.join('\n');
  const m = TITLE_YEAR.exec(titleText) ?? ANY_YEAR.exec(titleText);
  return m?.[1] === undefined ? { titleText } : { titleText, titleYear: Number(m[1]) };
}
