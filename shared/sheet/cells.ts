import type { CellObject } from '@e965/xlsx';

/**
 * Reading SheetJS cells as read with `dense: true, cellText: false, cellNF: false, cellDates: false`:
 * strings are `t: 's'`, numbers and date serials `t: 'n'`, booleans `t: 'b'`, errors `t: 'e'` (an
 * error code, no text since cellText is off), stubs `t: 'z'`.
 */

export type DenseRows = readonly (readonly (CellObject | undefined)[] | undefined)[];

/** Excel's error codes (MS-XLSB 2.5.97.2), shown as Excel shows them. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * Excel shows at most 15 significant digits; a stored 1.2345000000000002 (a formula's binary
 * rounding) is 1.2345 to the user, and its decimals matter for the area tolerance.
 */
export function excelNumber(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(15));
}

/** The value to normalise: a string, a number, a boolean or a Date; undefined when empty. */
export function cellRaw(cell: CellObject | undefined): string | number | boolean | Date | undefined {
  if (cell === undefined || cell === null) return undefined;
  const v = cell.v;
  switch (cell.t) {
    case 's':
      if (typeof v !== 'string') return v === undefined || v === null ? undefined : String(v);
      return v.trim() === '' ? undefined : v;
    case 'n':
      return typeof v === 'number' ? excelNumber(v) : undefined;
    case 'b':
      return typeof v === 'boolean' ? v : undefined;
    case 'e':
      return typeof v === 'number' ? (ERROR_TEXT[v] ?? '#ERROR') : '#ERROR';
    case 'd':
      return v instanceof Date ? v : typeof v === 'string' ? v : undefined;
    default:
      return undefined;
  }
}

/** A cell as text, trimmed; '' when empty. Header and title cells are read this way. */
export function cellText(cell: CellObject | undefined): string {
  const raw = cellRaw(cell);
  if (raw === undefined) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw);
}

/** Whether a cell holds anything a user would see as a value. */
export function cellIsEmpty(cell: CellObject | undefined): boolean {
  return cellRaw(cell) === undefined;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA', as Excel labels columns. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
