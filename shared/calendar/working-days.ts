import type { IsoDate } from '../model/dates';
import type { Profile } from '../profiles/profile-schema';
import { addDays, eachDay, isWeekend } from './iso-days';

/**
 * China's official working-day calendar (reports-and-ledger.md, "deadlines"): Monday–Friday, minus
 * the 放假 days of the 国务院办公厅 notices, plus their 调休上班 weekend days. The dates are profile
 * data (`calendar.holidays`); a year without a notice in the profile counts weekends only, and
 * `hasYear` lets the UI say so.
 */
export interface WorkingDayCalendar {
  /** 放假 dates (a weekend inside a holiday range included). */
  readonly off: ReadonlySet<IsoDate>;
  /** 调休上班 dates. */
  readonly work: ReadonlySet<IsoDate>;
  /** Years whose notice the profile carries. */
  readonly years: ReadonlySet<number>;
}

export type ProfileCalendar = Profile['calendar'];
export type HolidayYear = NonNullable<ProfileCalendar['holidays']>[string];

/** `2024-02-10..2024-02-17` → every date of the range; a single date → itself. */
export function expandDayOrRange(entry: string): IsoDate[] {
  const [from, to] = entry.split('..') as [IsoDate, IsoDate | undefined];
  return to === undefined ? [from] : eachDay(from, to);
}

const built = new WeakMap<object, WorkingDayCalendar>();

export function workingDayCalendar(calendar: Pick<ProfileCalendar, 'holidays'>): WorkingDayCalendar {
  const cached = built.get(calendar);
  if (cached) return cached;
  const off = new Set<IsoDate>();
  const work = new Set<IsoDate>();
  const years = new Set<number>();
  for (const [year, notice] of Object.entries(calendar.holidays ?? {})) {
    years.add(Number(year));
    for (const entry of notice.off) for (const day of expandDayOrRange(entry)) off.add(day);
    for (const day of notice.work) work.add(day);
  }
  const result: WorkingDayCalendar = { off, work, years };
  built.set(calendar, result);
  return result;
}

/** Weekends only: for tests and for a profile without holiday data. */
export const WEEKENDS_ONLY: WorkingDayCalendar = { off: new Set(), work: new Set(), years: new Set() };

export function hasHolidayData(calendar: WorkingDayCalendar, year: number): boolean {
  return calendar.years.has(year);
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  if (calendar.work.has(date)) return true;
  if (calendar.off.has(date)) return false;
  return !isWeekend(date);
}

// No notice has a break longer than ten days; a year of non-working days means broken data.
const MAX_SCAN_DAYS = 366;

function scanError(date: IsoDate): Error {
  return new Error(`no working day within ${MAX_SCAN_DAYS} days of ${date}: check calendar.holidays`);
}

/** The date itself when it is a working day, else the last working day before it (the eve of the break). */
export function lastWorkingDayOnOrBefore(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  let day = date;
  for (let i = 0; i <= MAX_SCAN_DAYS; i += 1) {
    if (isWorkingDay(calendar, day)) return day;
    day = addDays(day, -1);
  }
  throw scanError(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function firstWorkingDayOnOrAfter(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  let day = date;
  for (let i = 0; i <= MAX_SCAN_DAYS; i += 1) {
    if (isWorkingDay(calendar, day)) return day;
    day = addDays(day, 1);
  }
  throw scanError(date);
}

/**
 * The `count`-th working day after `date` (before it when negative); `date` itself is not counted,
 * so 3 working days after a Friday is the Wednesday (S0: 挂牌督办 reported “3个工作日内”).
 * `count` 0 returns `date` unchanged.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`addWorkingDays: count must be an integer, got ${count}`);
  const step = count < 0 ? -1 : 1;
  let day = date;
  let left = Math.abs(count);
  let scanned = 0;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(calendar, day)) left -= 1;
    scanned += 1;
    if (scanned > MAX_SCAN_DAYS * (Math.abs(count) + 1)) throw scanError(date);
  }
  return day;
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
}

/**
 * A due date as its profile entry moves it: `before-break` (S0: “遇双休日、节假日，在放假前一天上报”)
 * moves a date on a weekend or holiday to the last working day before the break; no rule keeps it.
 */
export function adjustDueDate(calendar: WorkingDayCalendar, date: IsoDate, rule: 'before-break' | undefined): IsoDate {
  return rule === 'before-break' ? lastWorkingDayOnOrBefore(calendar, date) : date;
}
