import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_STATES, TubanLintDb, type LedgerItem } from '../db/schema';
import { freshDb } from '../ledger/ledger-test-helpers';
import { computeItemsDue, type DueItemInput } from './item-buckets';
import { readItemsDue } from './read-items-due';

type NewItem = Omit<LedgerItem, 'id'>;

function newItem(i: number, fields: Pick<LedgerItem, 'state'> & Partial<NewItem>): NewItem {
  return { patchId: `P${i}`, values: {}, source: { kind: 'hand' }, createdAt: 'c', updatedAt: 'u', ...fields };
}

async function allItems(db: TubanLintDb): Promise<DueItemInput[]> {
  return (await db.items.toArray()).map((item) => ({ ...item, id: item.id as number }));
}

// A narrow span, so that dates often fall exactly on today and on the window's last day.
const anyDate = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2023, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const anyLedger = fc.array(
  fc.record({
    state: fc.constantFrom(...LEDGER_STATES),
    plannedDate: fc.option(anyDate, { nil: undefined }),
    town: fc.option(fc.constantFrom('城关镇', '新集镇', '王庄乡', ' 城关镇 '), { nil: undefined }),
  }),
  { maxLength: 60 },
);

function withoutUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

describe('readItemsDue (index keys only) gives the numbers computeItemsDue gives from the rows', () => {
  it('on random ledgers, for random days and windows', async () => {
    await fc.assert(
      fc.asyncProperty(anyLedger, anyDate, fc.integer({ min: 0, max: 20 }), async (rows, today, window) => {
        const db = freshDb();
        try {
          await db.items.bulkAdd(rows.map((row, i) => newItem(i, withoutUndefined(row))));
          const fromIndexes = await readItemsDue(db, today, window);
          const fromRows = computeItemsDue(await allItems(db), today, window);
          expect(fromIndexes.counts).toEqual(fromRows.counts);
          expect(fromIndexes.order).toEqual(fromRows.order);
          expect(fromIndexes.noDate).toEqual(fromRows.noDate);
          expect(fromIndexes.byOwner).toEqual(fromRows.byOwner);
          expect([...fromIndexes.ownerOf].sort()).toEqual([...fromRows.ownerOf].sort());
        } finally {
          db.close();
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('puts the boundary days in the right buckets: yesterday, today, the last day of the window, the day after', async () => {
    const db = freshDb();
    await db.items.bulkAdd([
      newItem(1, { state: '待整改', plannedDate: '2024-06-09' }),
      newItem(2, { state: '待整改', plannedDate: '2024-06-10' }),
      newItem(3, { state: '待整改', plannedDate: '2024-07-10' }),
      newItem(4, { state: '待整改', plannedDate: '2024-07-11' }),
    ]);
    const due = await readItemsDue(db, '2024-06-10', 30);
    expect(due.order).toEqual({ overdue: [1], upcoming: [2, 3], later: [4] });
  });

  it('the counts match the ledger: open = items not 已销号', async () => {
    const db = freshDb();
    await db.items.bulkAdd([
      newItem(1, { state: '待整改', plannedDate: '2024-05-01', town: '城关镇' }),
      newItem(2, { state: '已销号', plannedDate: '2024-05-01', town: '城关镇' }),
      newItem(3, { state: '待验收', town: '新集镇' }),
    ]);
    const due = await readItemsDue(db, '2024-06-10', 30);
    expect(due.counts).toEqual({ overdue: 1, upcoming: 0, later: 0, 'no-date': 0, awaiting: 1, open: 2 });
    expect(await db.items.where('state').notEqual('已销号').count()).toBe(due.counts.open);
  });

  it('uses a `unit` index for 责任单位 when the schema has one', async () => {
    class WithUnitIndex extends TubanLintDb {
      constructor(name: string) {
        super(name);
        this.version(3).stores({ items: '++id, &patchId, town, state, plannedDate, unit' });
      }
    }
    const db = new WithUnitIndex(`due-unit-${Math.random().toString(36).slice(2)}`);
    await db.items.bulkAdd([newItem(1, { state: '待整改', town: '城关镇', unit: '县交通局', plannedDate: '2024-01-01' }), newItem(2, { state: '待整改', town: '城关镇' })]);
    const due = await readItemsDue(db, '2024-06-10', 30);
    expect(due.byOwner.map((r) => [r.owner, r.counts.open])).toEqual([
      ['县交通局', 1],
      ['城关镇', 1],
    ]);
    expect(due).toEqual(computeItemsDue(await allItems(db), '2024-06-10', 30));
  });
});
