import { daysInMonth, type IsoDate } from '../model/dates';

/**
 * Day arithmetic on ISO `YYYY-MM-DD` strings, in UTC so no time zone or daylight-saving change can
 * shift a day. Inputs are valid ISO dates (see isIsoDate in model/dates).
 */
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parts(iso: IsoDate): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** Days since 1970-01-01. */
export function dayNumber(iso: IsoDate): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** `to − from` in days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: IsoDate): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

/** Adds whole months, clamping the day to the target month's length (01-31 + 1 month = 02-28/29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The date `day` of a month, clamped to the month's length (day 31 of April = 04-30). */
export function dayOfMonth(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = dayNumber(from), last = dayNumber(to); day <= last; day += 1) out.push(fromDayNumber(day));
  return out;
}

/**
 * The local calendar date of an instant (an ISO timestamp as `actorNow()` records it, in UTC): a
 * check recorded at 07:00 in Beijing is 23:00 UTC the day before, and belongs to the local day.
 * A bare `YYYY-MM-DD` is returned as is.
 */
export function localDateOf(timestamp: string): IsoDate {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(timestamp)) return timestamp;
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp.slice(0, 10);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's local date. */
export function todayLocal(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
