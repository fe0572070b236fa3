import { daysInMonth, excelSerialToIso, type IsoDate } from '../model/dates';

/**
 * The period a report covers: a quarter (`2023Q1`), a month (`2023-05`) or a year (`2023`).
 * `first`/`last` are ISO dates, both included.
 */
export interface ReportPeriod {
  readonly kind: 'quarter' | 'month' | 'year';
  readonly year: number;
  /** 1–4 for a quarter, 1–12 for a month. */
  readonly index?: number;
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** As the template writes it: `2023年第一季度`, `2023年5月`, `2023年度`. */
  readonly label: string;
  /** As given: `2023Q1`, `2023-05`, `2023`. */
  readonly code: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthSpan(year: number, fromMonth: number, toMonth: number): { first: IsoDate; last: IsoDate } {
  return { first: `${year}-${pad(fromMonth)}-01`, last: `${year}-${pad(toMonth)}-${pad(daysInMonth(year, toMonth))}` };
}

/** Reads `2023Q1` (or `2023q1`), `2023-05` and `2023`; undefined for anything else. */
export function parseReportPeriod(text: string): ReportPeriod | undefined {
  const code = text.trim();
  const quarter = /^((?:19|20)\d{2})[Qq]([1-4])$/u.exec(code);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    return { kind: 'quarter', year, index: q, ...monthSpan(year, q * 3 - 2, q * 3), label: `${year}年第${QUARTER_NAMES[q - 1] ?? ''}季度`, code: `${year}Q${q}` };
  }
  const month = /^((?:19|20)\d{2})-(\d{2})$/u.exec(code);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    return { kind: 'month', year, index: m, ...monthSpan(year, m, m), label: `${year}年${m}月`, code: `${year}-${pad(m)}` };
  }
  const year = /^((?:19|20)\d{2})$/u.exec(code);
  if (year) {
    const y = Number(year[1]);
    return { kind: 'year', year: y, ...monthSpan(y, 1, 12), label: `${y}年度`, code: String(y) };
  }
  return undefined;
}

/** The one sentence shown for a period that cannot be read. */
export function badPeriodMessage(text: string): string {
  return `统计期“${text}”无法识别：应为季度（如 2023Q1）、月份（如 2023-05）或年度（如 2023）。`;
}

/** What a 批次 says about when a patch was issued: a month, or only a quarter, or only a year. */
export interface BatchTime {
  readonly year: number;
  readonly month?: number;
  /** Set when the batch names a quarter and no month. */
  readonly quarter?: number;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function smallNumber(text: string): number | undefined {
  return /^\d+$/u.test(text) ? Number(text) : CHINESE_DIGITS[text];
}

/**
 * Reads a 批次 such as `2023年5月`, `2023-05`, `202305`, `2023年第一季度`, `2023年1季度`,
 * `2023Q2`, or an Excel date serial; undefined when it names no year.
 */
export function readBatchTime(batch: string): BatchTime | undefined {
  const text = batch.replace(/\s+/gu, '');
  if (/^\d{5}(?:\.\d+)?$/u.test(text)) {
    const iso = excelSerialToIso(Number(text));
    return iso === undefined ? undefined : { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
  }
  const compact = /^((?:19|20)\d{2})(0[1-9]|1[0-2])$/u.exec(text);
  if (compact) return { year: Number(compact[1]), month: Number(compact[2]) };
  const yearMatch = /((?:19|20)\d{2})/u.exec(text);
  if (!yearMatch) return undefined;
  const year = Number(yearMatch[1]);
  const rest = text.slice((yearMatch.index ?? 0) + 4);
  const quarter = /^(?:年)?(?:第)?([1-4一二三四])季度|^[Qq]([1-4])/u.exec(rest);
  if (quarter) {
    const q = smallNumber(quarter[1] ?? quarter[2] ?? '');
    if (q !== undefined && q >= 1 && q <= 4) return { year, quarter: q };
  }
  const month = /^(?:年|[-/.])(\d{1,2}|十[一二]?|[一二三四五六七八九])(?:月|$|[-/.])/u.exec(rest);
  if (month) {
    const m = smallNumber(month[1] ?? '');
    if (m !== undefined && m >= 1 && m <= 12) return { year, month: m };
  }
  return { year };
}

export type PeriodMembership = 'in' | 'out' | 'unknown';

/** Whether a date lies in the period. */
export function dateInPeriod(date: IsoDate, period: ReportPeriod): boolean {
  return date >= period.first && date <= period.last;
}

/**
 * Whether a 批次 lies in the period. A batch naming only a year (or only a quarter, for a monthly
 * report) that overlaps the period without lying inside it is `unknown`.
 */
export function batchInPeriod(time: BatchTime, period: ReportPeriod): PeriodMembership {
  if (time.year !== period.year) return 'out';
  if (period.kind === 'year') return 'in';
  if (time.month !== undefined) {
    const q = Math.ceil(time.month / 3);
    return period.kind === 'quarter' ? (q === period.index ? 'in' : 'out') : time.month === period.index ? 'in' : 'out';
  }
  if (time.quarter !== undefined) {
    if (period.kind === 'quarter') return time.quarter === period.index ? 'in' : 'out';
    return Math.ceil((period.index ?? 0) / 3) === time.quarter ? 'unknown' : 'out';
  }
  return 'unknown';
}
