import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY, workingDayCalendar } from '../../shared/calendar/working-days';
import { builtInProfile } from '../../shared/profiles/profiles';
import { PROFILE_REVIEW_REASONS, type Profile } from '../../shared/profiles/profile-schema';
import { REVIEW_REASONS, type ReviewSubject } from '../db/schema';
import { computeReviewsDue, lastCheckOf, reviewDueOf, type ReviewContext } from './review-schedule';

const profile = builtInProfile('national');
const context: ReviewContext = { profile, calendar: workingDayCalendar(profile.calendar), today: '2024-06-10', windowDays: 30, openItemIds: new Set() };

function subject(id: number, fields: Partial<ReviewSubject> = {}): ReviewSubject & { id: number } {
  return { id, patchId: `R${id}`, reason: '拆除复耕', since: '2024-01-15', values: {}, checks: [], ...fields };
}

describe('review cycles in the profile', () => {
  it('name the same reasons as the database', () => {
    expect([...PROFILE_REVIEW_REASONS]).toEqual([...REVIEW_REASONS]);
  });

  it('the national profile gives every reason a cycle, each with its source or marked inferred', () => {
    for (const reason of REVIEW_REASONS) {
      const cycle = profile.calendar.reviewCycles?.[reason];
      expect(cycle?.months, reason).toBeGreaterThan(0);
      expect(cycle?.source, reason).toMatch(/^(S[0-4]|inferred)$/u);
      expect(cycle?.note.length, reason).toBeGreaterThan(0);
    }
  });
});

describe('reviewDueOf', () => {
  it('never checked: due one cycle after `since` (拆除复耕: 3 months)', () => {
    const r = reviewDueOf(subject(1), context);
    expect(r).toMatchObject({ from: '2024-01-15', cycleMonths: 3, nominal: '2024-04-15', due: '2024-04-15', status: 'overdue' });
  });

  it('checked: due one cycle after the last check; a holiday moves it only where the cycle entry says so', () => {
    // 2024-07-01 + 3 months = 2024-10-01 (国庆): no notice moves a 复核 date, so it stands.
    const checks = [{ at: '2024-04-01T02:00:00.000Z', who: 'a', outcome: '无变化' as const }, { at: '2024-07-01T02:00:00.000Z', who: 'b', outcome: '无变化' as const }];
    const r = reviewDueOf(subject(2, { checks }), context);
    expect(r).toMatchObject({ from: '2024-07-01', nominal: '2024-10-01', due: '2024-10-01', status: 'later', checkCount: 2 });
    expect(r.lastCheck?.who).toBe('b');
    const cycles = profile.calendar.reviewCycles ?? {};
    const moving: Profile = { ...profile, calendar: { ...profile.calendar, reviewCycles: { ...cycles, 拆除复耕: { months: 3, source: 'inferred', note: 'x', workingDayRule: 'before-break' } } } };
    expect(reviewDueOf(subject(2, { checks }), { ...context, profile: moving })).toMatchObject({ nominal: '2024-10-01', due: '2024-09-30' });
  });

  it('closed again after a 复建: the cycle restarts from the new 销号 (`since`), not the old check', () => {
    const r = reviewDueOf(subject(8, { since: '2024-05-20', checks: [{ at: '2024-03-01T02:00:00.000Z', who: 'a', outcome: '复建', note: 'x' }] }), context);
    expect(r).toMatchObject({ from: '2024-05-20', nominal: '2024-08-20', status: 'later' });
  });

  it('upcoming within the window, counting today', () => {
    expect(reviewDueOf(subject(3, { since: '2024-03-11' }), context)).toMatchObject({ due: '2024-06-11', status: 'upcoming' });
    // Due 2024-06-10 is 端午: the date stands (no notice moves it), so on 06-10 it is due today.
    expect(reviewDueOf(subject(7, { since: '2024-03-10' }), context)).toMatchObject({ nominal: '2024-06-10', due: '2024-06-10', status: 'upcoming' });
    expect(reviewDueOf(subject(4, { reason: '农村道路', since: '2023-07-05' }), context)).toMatchObject({ due: '2024-07-05', status: 'upcoming' });
  });

  it('paused while its ledger item is open again; no cycle when the profile has none', () => {
    expect(reviewDueOf(subject(5, { itemId: 9 }), { ...context, openItemIds: new Set([9]) }).status).toBe('paused');
    const noCycles: Profile = { ...profile, calendar: { ...profile.calendar, reviewCycles: {} } };
    const r = reviewDueOf(subject(6), { ...context, profile: noCycles, calendar: WEEKENDS_ONLY });
    expect(r.status).toBe('no-cycle');
    expect(r.due).toBeUndefined();
  });

  it('lastCheckOf takes the newest by time', () => {
    expect(lastCheckOf({ checks: [] })).toBeUndefined();
    expect(lastCheckOf({ checks: [{ at: '2024-05-01T00:00:00.000Z', who: 'x', outcome: '其他' }, { at: '2024-03-01T00:00:00.000Z', who: 'y', outcome: '无变化' }] })?.who).toBe('x');
  });
});

describe('computeReviewsDue', () => {
  it('lists due first (soonest first), counts every subject once', () => {
    const list = [subject(1, { since: '2024-03-20' }), subject(2), subject(3, { since: '2024-06-01' }), subject(4, { itemId: 1 }), subject(5, { reason: '农村道路', since: '2024-01-01' })];
    const due = computeReviewsDue(list, { ...context, openItemIds: new Set([1]) });
    expect(due.list.map((r) => [r.subjectId, r.status])).toEqual([
      [2, 'overdue'],
      [1, 'upcoming'],
      [3, 'later'],
      [5, 'later'],
      [4, 'paused'],
    ]);
    expect(due.counts).toEqual({ overdue: 1, upcoming: 1, later: 2, 'no-cycle': 0, paused: 1, total: 5, due: 2 });
  });
});
