/**
 * A worksheet part's rows, scanned from its XML text as it streams in (one row held at a time):
 * `<row>` after `<row>` inside `<sheetData>`, each cell turned into the cell SheetJS would make
 * with `dense: true, cellDates: false` — strings `t: 's'`, numbers (dates included: a date is a
 * styled serial) `t: 'n'`, booleans, errors — so the header, row sorting and field readers work
 * on either reader's rows unchanged. Rows and cells without an `r` follow the one before.
 *
 * Own scanner rather than a SAX parser: a worksheet uses a handful of elements, and indexOf over
 * the decoded text costs ≈ 1 s for 100,000 × 40 cells where saxes' event per tag and attribute
 * costs several (bench/run.ts measures the whole audit against SheetJS).
 */
import type { CellObject, Range } from '@e965/xlsx';
import { attributeOf, detachedText, joinTextRuns, unescapeXmlText } from './xml-text';

export type SheetCells = (CellObject | undefined)[];

export interface ScannedRow {
  /** 0-based. */
  readonly index: number;
  readonly cells: SheetCells;
}

/** Error text → the code SheetJS stores (cells.ts shows it back as text). */
const ERROR_CODE: Readonly<Record<string, number>> = { '#NULL!': 0x00, '#DIV/0!': 0x07, '#VALUE!': 0x0f, '#REF!': 0x17, '#NAME?': 0x1d, '#NUM!': 0x24, '#N/A': 0x2a, '#GETTING_DATA': 0x2b };

/** `AB12` → 27 (0-based column); -1 when the reference has no letters. */
function columnOfRef(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return i === 0 ? -1 : column - 1;
}

/** Where the value of attribute `key` (` r=`) starts inside the tag `text[lt, gt)`, after its quote; -1 when absent. */
function attributeStart(text: string, lt: number, gt: number, key: string): number {
  const at = text.indexOf(key, lt);
  return at < 0 || at >= gt ? -1 : at + key.length + 1;
}

/** The 0-based column of the cell reference starting at `text[at]` (`AB12"` → 27); -1 when it has no letters. */
function columnAt(text: string, at: number): number {
  let column = 0;
  let i = at;
  for (;; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code === 36) continue; // $A$1
    else break;
  }
  return i === at ? -1 : column - 1;
}

/** `A1:C3` → a SheetJS range. */
export function rangeOfRef(ref: string): Range | undefined {
  const [from, to = from] = ref.split(':');
  if (from === undefined) return undefined;
  const cell = (text: string): { r: number; c: number } | undefined => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/u.exec(text);
    return m?.[1] && m[2] ? { c: columnOfRef(m[1]), r: Number(m[2]) - 1 } : undefined;
  };
  const s = cell(from);
  const e = to === undefined ? s : cell(to);
  return s && e ? { s, e } : undefined;
}

/** Element names are looked for without a namespace prefix: a prefixed sheet (`<x:row>`) is declined up front (isPrefixedSheet). */
export class SheetRowScanner {
  private carry = '';
  private started = false;
  private finished = false;
  private nextRow = 0;
  /** The sheet's declared used range (`<dimension ref>`), when it has one. */
  dimension: Range | undefined;

  constructor(private readonly sharedStrings: readonly string[]) {}

  /** Whether `</sheetData>` has been seen: nothing more to scan. */
  get done(): boolean {
    return this.finished;
  }

  /** Scans a decoded chunk, handing out each complete row as it is read (one row alive at a time). */
  *scan(chunk: string): Generator<ScannedRow> {
    if (this.finished) return;
    let text = this.carry + chunk;
    let at = 0;
    if (!this.started) {
      const open = text.indexOf('<sheetData');
      if (open < 0) {
        this.carry = text;
        return;
      }
      const head = text.slice(0, open);
      const dim = /<dimension\b[^>]*\bref="([^"]+)"/u.exec(head);
      if (dim?.[1]) this.dimension = rangeOfRef(dim[1]);
      const gt = text.indexOf('>', open);
      if (gt < 0) {
        this.carry = text;
        return;
      }
      this.started = true;
      if (text.charCodeAt(gt - 1) === 47) {
        this.finish();
        return;
      }
      text = text.slice(gt + 1);
    }
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        at = text.length;
        break;
      }
      if (text.startsWith('</sheetData', lt)) {
        this.finish();
        return;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) {
        at = lt;
        break;
      }
      if (!text.startsWith('<row', lt)) {
        at = gt + 1; // comments, processing instructions, whitespace markup
        continue;
      }
      let inner = gt;
      let end = gt + 1;
      if (text.charCodeAt(gt - 1) !== 47) {
        const close = text.indexOf('</row>', gt);
        if (close < 0) {
          at = lt;
          break;
        }
        inner = close;
        end = close + 6;
      }
      const r = attributeOf(text.slice(lt, gt + 1), 'r');
      const index = r === undefined ? this.nextRow : Number(r) - 1;
      this.nextRow = index + 1;
      at = end;
      yield { index, cells: this.cells(text, gt + 1, inner) };
    }
    this.carry = text.slice(at);
  }

  private finish(): void {
    this.finished = true;
    this.carry = '';
  }

  /** The cells of one row, from its inner XML (`text[from, to)`). Hot loop: no slicing of tags, references read in place. */
  private cells(text: string, from: number, to: number): SheetCells {
    const cells: SheetCells = [];
    let column = -1;
    let at = from;
    while (at < to) {
      const lt = text.indexOf('<c', at);
      if (lt < 0 || lt >= to) break;
      const after = text.charCodeAt(lt + 2);
      const gt = text.indexOf('>', lt);
      if (gt < 0 || gt >= to) break;
      if (after !== 32 && after !== 62 && after !== 47) {
        at = gt + 1;
        continue;
      }
      const refAt = attributeStart(text, lt, gt, ' r=');
      const refColumn = refAt < 0 ? -1 : columnAt(text, refAt);
      column = refColumn >= 0 ? refColumn : column + 1;
      if (text.charCodeAt(gt - 1) === 47) {
        at = gt + 1; // <c r="B2" s="3"/>: styled, empty
        continue;
      }
      const close = text.indexOf('</c>', gt);
      if (close < 0 || close > to) break;
      const typeAt = attributeStart(text, lt, gt, ' t=');
      const type = typeAt < 0 ? undefined : text.slice(typeAt, text.indexOf(text[typeAt - 1] ?? '"', typeAt));
      const cell = this.cell(type, text, gt + 1, close);
      if (cell) cells[column] = cell;
      at = close + 4;
    }
    return cells;
  }

  private cell(type: string | undefined, text: string, from: number, to: number): CellObject | undefined {
    if (type === 'inlineStr') {
      const is = text.indexOf('<is', from);
      return is < 0 || is >= to ? undefined : { t: 's', v: joinTextRuns(text.slice(is, to)) };
    }
    const v = text.indexOf('<v', from);
    if (v < 0 || v >= to) return undefined;
    const gt = text.indexOf('>', v);
    if (text.charCodeAt(gt - 1) === 47) return undefined; // <v/>
    const end = text.indexOf('</v>', gt);
    if (end < 0 || end > to) return undefined;
    const raw = text.slice(gt + 1, end);
    switch (type) {
      case 's': {
        const s = this.sharedStrings[Number(raw)];
        return s === undefined ? undefined : { t: 's', v: s };
      }
      case 'str':
        return { t: 's', v: detachedText(unescapeXmlText(raw)) };
      case 'b':
        return { t: 'b', v: raw.trim() === '1' || raw.trim() === 'true' };
      case 'e':
        return { t: 'e', v: ERROR_CODE[raw.trim()] ?? 0x0f };
      case 'd':
        return { t: 'd', v: detachedText(raw) };
      default: {
        const n = Number(raw);
        return raw.trim() === '' || Number.isNaN(n) ? undefined : { t: 'n', v: n };
      }
    }
  }
}

/** A worksheet written with a namespace prefix (`<x:worksheet>`, some .NET exporters) is left to SheetJS. */
export function isPrefixedSheet(firstChunk: string): boolean {
  return /<\w+:worksheet\b/u.test(firstChunk.slice(0, 4096));
}

/** `<mergeCell ref>` ranges, from the part's text after `</sheetData>`. */
export function mergesIn(tail: string): Range[] {
  const out: Range[] = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/gu)) {
    const range = m[1] === undefined ? undefined : rangeOfRef(m[1]);
    if (range) out.push(range);
  }
  return out;
}
