import type { IsoDate } from '../model/dates';
import type { Profile } from '../profiles/profile-schema';
import { addMonths, dayOfMonth } from './iso-days';
import { adjustDueDate, workingDayCalendar, type WorkingDayCalendar } from './working-days';

/**
 * Reporting deadlines from the profile's calendar (reports-and-ledger.md, "Reporting calendars"):
 * the 月清 of each month (S4: 当月20日（含）前下发的图斑于24日前完成) and the per-year report dates
 * (`calendar.years`, S0/S1/S2/S4). `nominal` is the date the notice states; `due` is where the
 * entry's own working-day rule moves it (most entries have none: the date stands).
 */
export interface CalendarDeadline {
  /** Stable id: `monthly-2024-03`, or `<data year>-<deadline id>` such as `2023-annual`. */
  readonly id: string;
  readonly kind: 'monthly' | 'report';
  /** The data year the deadline belongs to (an annual report is due the year after). */
  readonly year: number;
  /** The deadline's name as the profile gives it; for 月清 built from the month. */
  readonly name: string;
  readonly nominal: IsoDate;
  readonly due: IsoDate;
  /** 月清: patches issued up to and including this date are covered. */
  readonly issuedBy?: IsoDate;
  readonly source: string;
}

export type MonthlyClearanceRule = NonNullable<Profile['calendar']['monthly']>;

/**
 * The profile's 月清 rule (S4: issued by the 20th → done by the 24th), or undefined where the
 * authority runs none: the one place that knows where a profile keeps it.
 */
export function monthlyClearanceRule(profile: Profile): MonthlyClearanceRule | undefined {
  return profile.calendar.monthly;
}

/** The 月清 deadline of a month, or undefined without a 月清 rule or before its `since` year. */
export function monthlyDeadline(profile: Profile, year: number, month: number, calendar: WorkingDayCalendar = workingDayCalendar(profile.calendar)): CalendarDeadline | undefined {
  const monthly = monthlyClearanceRule(profile);
  if (monthly === undefined || year < monthly.since) return undefined;
  const nominal = dayOfMonth(year, month, monthly.dueDay);
  return {
    id: `monthly-${nominal.slice(0, 7)}`,
    kind: 'monthly',
    year,
    name: `${year}年${month}月“月清”`,
    nominal,
    due: adjustDueDate(calendar, nominal, monthly.workingDayRule),
    issuedBy: dayOfMonth(year, month, monthly.issuedByDay),
    source: monthly.source,
  };
}

/** The report deadlines the profile gives for a data year (empty when it gives none). */
export function reportDeadlines(profile: Profile, year: number, calendar: WorkingDayCalendar = workingDayCalendar(profile.calendar)): CalendarDeadline[] {
  return (profile.calendar.years[String(year)] ?? []).map((d) => ({
    id: `${year}-${d.id}`,
    kind: 'report' as const,
    year,
    name: d.name,
    nominal: d.date,
    due: adjustDueDate(calendar, d.date, d.workingDayRule),
    source: d.source,
  }));
}

function compareDeadlines(a: CalendarDeadline, b: CalendarDeadline): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The next deadlines from `today` (included), soonest first: the 月清 of this month and the next
 * (when the profile has 月清 for them) and every report date of the profile still ahead.
 */
export function nextDeadlines(profile: Profile, today: IsoDate, limit: number, calendar: WorkingDayCalendar = workingDayCalendar(profile.calendar)): CalendarDeadline[] {
  const candidates: CalendarDeadline[] = [];
  for (const monthStart of [`${today.slice(0, 7)}-01`, addMonths(`${today.slice(0, 7)}-01`, 1)]) {
    const monthly = monthlyDeadline(profile, Number(monthStart.slice(0, 4)), Number(monthStart.slice(5, 7)), calendar);
    if (monthly) candidates.push(monthly);
  }
  for (const year of Object.keys(profile.calendar.years)) candidates.push(...reportDeadlines(profile, Number(year), calendar));
  return candidates
    .filter((d) => d.due >= today)
    .sort(compareDeadlines)
    .slice(0, limit);
}
