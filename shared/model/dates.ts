import { toHalfWidth } from './text';

/**
 * Dates as exports hold them (fields.md): Excel serial numbers, `2023-05-06`, `2023/5/6`,
 * `2023.5.6`, `2023年5月6日`, optionally with a time; an 8-digit integer is `YYYYMMDD`
 * (rules.md: "A bare integer in a date column is an Excel serial number, except an 8-digit
 * YYYYMMDD"). Impossible dates are rejected with the reason, for a message naming the cell.
 * Dates are ISO `YYYY-MM-DD` strings: they compare correctly as strings and cross threads as-is.
 */
export type IsoDate = string;

export type DateReading =
  | { readonly state: 'ok'; readonly iso: IsoDate }
  | { readonly state: 'empty' }
  | { readonly state: 'invalid'; readonly raw: string; readonly reason: 'format' | 'impossible' | 'serial-range' };

// 2200-12-31: later serials are typos, not dates (Excel itself goes to 9999).
const MAX_EXCEL_SERIAL = 109_939;
const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}(?::\d{1,2}){0,2}(?:\.\d+)?)?$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number, raw: string): DateReading {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { state: 'invalid', raw, reason: 'impossible' };
  }
  return { state: 'ok', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Excel's 1900 date system, including its fictitious 1900-02-29 (serial 60), which is rejected. */
export function excelSerialToIso(serial: number): IsoDate | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return undefined;
  // Serials after 60 count the fictitious leap day; 1899-12-30 is serial 0 for those.
  const epochDays = whole > 60 ? whole - 25569 : whole - 25568;
  const d = new Date(epochDays * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isoToExcelSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Date.UTC(y, m - 1, d) / 86_400_000;
  return days + 25569;
}

function fromNumber(value: number, raw: string): DateReading {
  if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) {
    return fromParts(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, raw);
  }
  const iso = excelSerialToIso(value);
  return iso ? { state: 'ok', iso } : { state: 'invalid', raw, reason: 'serial-range' };
}

export function parseDate(raw: unknown): DateReading {
  if (raw === null || raw === undefined) return { state: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? fromNumber(raw, String(raw)) : { state: 'invalid', raw: String(raw), reason: 'format' };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { state: 'invalid', raw: String(raw), reason: 'format' };
    return fromParts(raw.getFullYear(), raw.getMonth() + 1, raw.getDate(), raw.toISOString());
  }
  const text = toHalfWidth(String(raw)).trim();
  if (text === '') return { state: 'empty' };
  if (/^\d+(?:\.\d+)?$/u.test(text)) return fromNumber(Number(text), text);
  const m = YMD.exec(text);
  if (!m) return { state: 'invalid', raw: text, reason: 'format' };
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
}

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text).state === 'ok';
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Adds whole years, clamping 02-29 to 02-28 in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, daysInMonth(year, m)))}`;
}
