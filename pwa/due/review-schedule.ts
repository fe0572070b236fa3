import { addMonths, localDateOf } from '../../shared/calendar/iso-days';
import { adjustDueDate, type WorkingDayCalendar } from '../../shared/calendar/working-days';
import type { IsoDate } from '../../shared/model/dates';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { ReviewCheck, ReviewReason, ReviewSubject } from '../db/schema';
import { windowEnd } from './item-buckets';

/**
 * Periodic 复核 after 销号 (S4 四(六); reports-and-ledger.md "after 销号"): each subject is due one
 * cycle (profile `calendar.reviewCycles`, months per reason) after its last check or its `since`,
 * whichever is later; the due date moves by the profile's working-day rule like any deadline.
 *   overdue    due before today;  upcoming  due within the window;  later  after it;
 *   no-cycle   the profile gives no cycle for the reason;
 *   paused     a 拆除复耕 subject whose ledger item is open again (复建 found, being rectified):
 *              its cycle restarts from the next check once the item is closed again.
 */
export const REVIEW_STATUSES = ['overdue', 'upcoming', 'later', 'no-cycle', 'paused'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewDue {
  readonly subjectId: number;
  readonly patchId: string;
  readonly reason: ReviewReason;
  readonly town?: string;
  readonly itemId?: number;
  /** The date the cycle counts from: the last check's (local) date or `since`, whichever is later. */
  readonly from: IsoDate;
  readonly lastCheck?: ReviewCheck;
  readonly checkCount: number;
  readonly cycleMonths?: number;
  /** from + cycle, and where the working-day rule moves it. */
  readonly nominal?: IsoDate;
  readonly due?: IsoDate;
  readonly status: ReviewStatus;
}

export interface ReviewsDue {
  /** Overdue and upcoming first (soonest due first), then later, no-cycle, paused. */
  readonly list: readonly ReviewDue[];
  readonly counts: Record<ReviewStatus, number> & { total: number; due: number };
}

export interface ReviewContext {
  readonly profile: Profile;
  readonly calendar: WorkingDayCalendar;
  readonly today: IsoDate;
  readonly windowDays: number;
  /** Ledger items not 已销号: a subject whose item is among them is paused. */
  readonly openItemIds: ReadonlySet<number>;
}

/** The newest check (checks are appended, but order by time all the same). */
export function lastCheckOf(subject: Pick<ReviewSubject, 'checks'>): ReviewCheck | undefined {
  let last: ReviewCheck | undefined;
  for (const check of subject.checks) if (last === undefined || check.at >= last.at) last = check;
  return last;
}

export function reviewDueOf(subject: ReviewSubject & { readonly id: number }, context: ReviewContext): ReviewDue {
  const lastCheck = lastCheckOf(subject);
  // The later of the last check and `since`: a 拆除复耕 item closed again after a 复建 restarts its
  // cycle from the new 销号 (pwa/ledger/review-subjects.ts moves `since`, keeping the old checks).
  const checkedOn = lastCheck ? localDateOf(lastCheck.at) : undefined;
  const from = checkedOn !== undefined && checkedOn > subject.since ? checkedOn : subject.since;
  const cycle = context.profile.calendar.reviewCycles?.[subject.reason];
  const cycleMonths = cycle?.months;
  const base = {
    subjectId: subject.id,
    patchId: subject.patchId,
    reason: subject.reason,
    ...(subject.town !== undefined ? { town: subject.town } : {}),
    ...(subject.itemId !== undefined ? { itemId: subject.itemId } : {}),
    from,
    ...(lastCheck ? { lastCheck } : {}),
    checkCount: subject.checks.length,
    ...(cycleMonths !== undefined ? { cycleMonths } : {}),
  };
  if (subject.itemId !== undefined && context.openItemIds.has(subject.itemId)) return { ...base, status: 'paused' };
  if (cycleMonths === undefined) return { ...base, status: 'no-cycle' };
  const nominal = addMonths(from, cycleMonths);
  const due = adjustDueDate(context.calendar, nominal, cycle?.workingDayRule);
  const status: ReviewStatus = due < context.today ? 'overdue' : due <= windowEnd(context.today, context.windowDays) ? 'upcoming' : 'later';
  return { ...base, nominal, due, status };
}

const STATUS_RANK: Record<ReviewStatus, number> = { overdue: 0, upcoming: 0, later: 1, 'no-cycle': 2, paused: 3 };

function compareReviews(a: ReviewDue, b: ReviewDue): number {
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank;
  const da = a.due ?? '';
  const db = b.due ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.subjectId - b.subjectId;
}

export function computeReviewsDue(subjects: readonly ReviewSubject[], context: ReviewContext): ReviewsDue {
  const list = subjects
    .filter((s): s is ReviewSubject & { id: number } => s.id !== undefined)
    .map((s) => reviewDueOf(s, context))
    .sort(compareReviews);
  const counts = { overdue: 0, upcoming: 0, later: 0, 'no-cycle': 0, paused: 0, total: list.length, due: 0 };
  for (const r of list) counts[r.status] += 1;
  counts.due = counts.overdue + counts.upcoming;
  return { list, counts };
}
