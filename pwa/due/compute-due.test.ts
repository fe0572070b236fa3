import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import { computeDue, DEADLINES_SHOWN, windowDaysOf } from './compute-due';

// 威海 2023 (S4): the profile with 月清.
const profile = builtInProfile('shandong-weihai-2023');

describe('computeDue', () => {
  const summary = computeDue({
    items: [
      { id: 1, state: '待整改', plannedDate: '2024-05-01', town: '城关镇' },
      { id: 2, state: '整改中', plannedDate: '2024-06-20', town: '新集镇' },
      { id: 3, state: '已销号', plannedDate: '2024-05-01', town: '城关镇' },
      { id: 4, state: '整改中', town: '城关镇' },
    ],
    reviews: [
      { id: 10, patchId: 'A', reason: '拆除复耕', since: '2024-01-10', itemId: 3, values: {}, checks: [] },
      { id: 11, patchId: 'B', reason: '拆除复耕', since: '2024-01-10', itemId: 4, values: {}, checks: [] },
      { id: 12, patchId: 'C', reason: '设施农用地', since: '2024-01-10', values: {}, checks: [] },
    ],
    profile,
    today: '2024-06-10',
  });

  it('uses the profile’s window', () => {
    expect(windowDaysOf(profile)).toBe(30);
    expect(summary.windowDays).toBe(30);
    const noWindow: Profile = { ...profile, calendar: { ...profile.calendar, dueSoonDays: undefined } };
    expect(windowDaysOf(noWindow)).toBe(0);
  });

  it('items: buckets add up to the open count', () => {
    expect(summary.items.counts).toEqual({ overdue: 1, upcoming: 1, later: 0, 'no-date': 1, awaiting: 0, open: 3 });
  });

  it('reviews: a subject whose item is open again is paused', () => {
    expect(summary.reviews.list.map((r) => [r.subjectId, r.status])).toEqual([
      [10, 'overdue'],
      [12, 'upcoming'],
      [11, 'paused'],
    ]);
  });

  it('deadlines: the next ones, working-day adjusted, soonest first', () => {
    expect(summary.deadlines.length).toBeLessThanOrEqual(DEADLINES_SHOWN);
    expect(summary.deadlines[0]).toMatchObject({ id: 'monthly-2024-06', due: '2024-06-24' });
    expect(summary.deadlines.map((d) => d.due)).toEqual([...summary.deadlines.map((d) => d.due)].sort());
    expect(summary.yearsWithoutHolidays).toEqual([]);
  });

  it('names the years it counts without holiday data', () => {
    const later = computeDue({ items: [], reviews: [], profile, today: '2027-03-01' });
    expect(later.yearsWithoutHolidays).toEqual([2027]);
    expect(later.deadlines.map((d) => d.id)).toEqual(['monthly-2027-03', 'monthly-2027-04']);
  });
});
