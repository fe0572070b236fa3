import { nextDeadlines, type CalendarDeadline } from '../../shared/calendar/report-deadlines';
import { hasHolidayData, workingDayCalendar } from '../../shared/calendar/working-days';
import type { IsoDate } from '../../shared/model/dates';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { ReviewSubject } from '../db/schema';
import { computeItemsDue, type DueItemInput, type ItemsDue } from './item-buckets';
import { computeReviewsDue, type ReviewsDue } from './review-schedule';

/** The home view's content (issue 5 item 4): items by bucket, 复核 due, the next calendar deadlines. */
export interface DueSummary {
  readonly today: IsoDate;
  readonly windowDays: number;
  readonly items: ItemsDue;
  readonly reviews: ReviewsDue;
  readonly deadlines: readonly CalendarDeadline[];
  /** Years the dates above fall in for which the profile has no holiday notice (weekends only). */
  readonly yearsWithoutHolidays: readonly number[];
}

/** How many calendar deadlines the home view lists. */
export const DEADLINES_SHOWN = 6;

export function windowDaysOf(profile: Profile): number {
  return profile.calendar.dueSoonDays ?? 0;
}

/** Puts the parts together once the items are summarised (by computeItemsDue or the IndexedDB reader). */
export function assembleDue(items: ItemsDue, reviews: readonly ReviewSubject[], profile: Profile, today: IsoDate): DueSummary {
  const calendar = workingDayCalendar(profile.calendar);
  const windowDays = windowDaysOf(profile);
  const openItemIds = new Set(items.ownerOf.keys());
  const reviewsDue = computeReviewsDue(reviews, { profile, calendar, today, windowDays, openItemIds });
  const deadlines = nextDeadlines(profile, today, DEADLINES_SHOWN, calendar);
  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const d of deadlines) years.add(Number(d.due.slice(0, 4)));
  for (const r of reviewsDue.list) if (r.due !== undefined && r.status !== 'later') years.add(Number(r.due.slice(0, 4)));
  const yearsWithoutHolidays = [...years].filter((y) => !hasHolidayData(calendar, y)).sort((a, b) => a - b);
  return { today, windowDays, items, reviews: reviewsDue, deadlines, yearsWithoutHolidays };
}

/** Pure: the due view of items + 复核 subjects under a profile, as of `today`. */
export function computeDue(input: { readonly items: readonly DueItemInput[]; readonly reviews: readonly ReviewSubject[]; readonly profile: Profile; readonly today: IsoDate }): DueSummary {
  const items = computeItemsDue(input.items, input.today, windowDaysOf(input.profile));
  return assembleDue(items, input.reviews, input.profile, input.today);
}
