import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_STATES } from '../db/schema';
import { bucketOf, computeItemsDue, DUE_BUCKETS, ownerOf, type DueItemInput } from './item-buckets';

const TODAY = '2024-06-10';

function item(id: number, state: DueItemInput['state'], plannedDate?: string, town?: string, unit?: string): DueItemInput {
  return { id, state, ...(plannedDate ? { plannedDate } : {}), ...(town ? { town } : {}), ...(unit ? { unit } : {}) };
}

describe('bucketOf', () => {
  it.each([
    ['2024-06-09', 'overdue'],
    ['2024-06-10', 'upcoming'],
    ['2024-07-10', 'upcoming'],
    ['2024-07-11', 'later'],
    [undefined, 'no-date'],
  ] as const)('%s → %s (30-day window from %s)', (date, expected) => {
    expect(bucketOf(date, TODAY, 30)).toBe(expected);
  });
});

describe('ownerOf', () => {
  it('责任单位 when filed, else the 乡镇, else empty', () => {
    expect(ownerOf({ town: '城关镇', unit: '县交通局' })).toBe('县交通局');
    expect(ownerOf({ town: '城关镇', unit: '  ' })).toBe('城关镇');
    expect(ownerOf({})).toBe('');
  });
});

describe('computeItemsDue', () => {
  const items = [
    item(1, '待整改', '2024-05-01', '城关镇'),
    item(2, '整改中', '2024-06-20', '城关镇'),
    item(3, '待验收', '2024-12-31', '新集镇'),
    item(4, '待整改', undefined, '新集镇'),
    item(5, '已销号', '2024-01-01', '城关镇'),
    item(6, '整改中', '2024-04-01', '城关镇', '县交通局'),
    item(7, '待整改', '2024-05-01', undefined),
  ];
  const due = computeItemsDue(items, TODAY, 30);

  it('counts the open items once each; closed items not at all', () => {
    // Item 3 is 待验收: its own bucket whatever its date (issue 12 item 3).
    expect(due.counts).toEqual({ overdue: 3, upcoming: 1, later: 0, 'no-date': 1, awaiting: 1, open: 6 });
  });

  it('orders each bucket by date, then id', () => {
    expect(due.order).toEqual({ overdue: [6, 1, 7], upcoming: [2], later: [] });
    expect(due.noDate).toEqual([4]);
    expect(due.awaiting).toEqual([3]);
  });

  it('groups by 责任单位 or 乡镇, most overdue first, the unnamed last', () => {
    expect(due.byOwner.map((r) => [r.owner, r.counts.overdue, r.counts.upcoming, r.counts.awaiting, r.counts['no-date'], r.counts.open])).toEqual([
      ['城关镇', 1, 1, 0, 0, 2],
      ['县交通局', 1, 0, 0, 0, 1],
      ['', 1, 0, 0, 0, 1],
      ['新集镇', 0, 0, 1, 1, 2],
    ]);
  });

  it('groups by 乡镇 alone when asked (the 责任单位 set on an item ignored)', () => {
    const byTown = computeItemsDue(items, TODAY, 30, 'town');
    expect(byTown.byOwner.map((r) => [r.owner, r.counts.open])).toEqual([
      ['城关镇', 3],
      ['', 1],
      ['新集镇', 2],
    ]);
  });
});

const anyDate = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2023, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
const anyItems = fc
  .array(
    fc.record({
      state: fc.constantFrom(...LEDGER_STATES),
      plannedDate: fc.option(anyDate, { nil: undefined }),
      town: fc.option(fc.constantFrom('城关镇', '新集镇', '王庄乡'), { nil: undefined }),
      unit: fc.option(fc.constantFrom('县交通局', '县水利局'), { nil: undefined }),
    }),
    { maxLength: 80 },
  )
  .map((rows) => rows.map((r, i) => item(i + 1, r.state, r.plannedDate, r.town, r.unit)));

describe('computeItemsDue properties', () => {
  it('every open item is in exactly one bucket; the buckets and the owners add up to the open count', () => {
    fc.assert(
      fc.property(anyItems, anyDate, fc.integer({ min: 0, max: 90 }), (items, today, window) => {
        const due = computeItemsDue(items, today, window);
        const open = items.filter((i) => i.state !== '已销号');
        expect(due.counts.open).toBe(open.length);
        expect(DUE_BUCKETS.reduce((sum, b) => sum + due.counts[b], 0)).toBe(open.length);
        const listed = [...due.order.overdue, ...due.order.upcoming, ...due.order.later, ...due.noDate, ...due.awaiting];
        for (const id of due.awaiting) expect(items[id - 1]?.state).toBe('待验收');
        expect([...listed].sort((a, b) => a - b)).toEqual(open.map((i) => i.id));
        for (const b of DUE_BUCKETS) expect(due.byOwner.reduce((sum, r) => sum + r.counts[b], 0)).toBe(due.counts[b]);
        for (const id of due.order.overdue) expect(bucketOf(items[id - 1]?.plannedDate, today, window)).toBe('overdue');
        for (const id of due.order.upcoming) expect(bucketOf(items[id - 1]?.plannedDate, today, window)).toBe('upcoming');
      }),
      { numRuns: 300 },
    );
  });
});
