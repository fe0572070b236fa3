import type { IsoDate } from '../../shared/model/dates';
import { distinctIndexValues } from '../db/distinct-index-values';
import { LEDGER_STATES, type TubanLintDb } from '../db/schema';
import { AWAITING_STATE, isOpen, summarizeItems, windowEnd, type DueGrouping, type ItemsDue } from './item-buckets';

/**
 * The due view's items read from the indexes only (primary keys per index range), never the
 * stored rows: with 100,000 items a full read deserialises every item's filed values, two to three
 * times the time of these key reads in Chromium. One read-only transaction, so the parts agree with
 * each other; the same numbers as computeItemsDue on the rows (read-items-due.test.ts proves it).
 *
 * Grouped by 乡镇, or by 责任单位: item.unit (indexed from schema v3) overrides the 乡镇.
 */
export async function readItemsDue(db: TubanLintDb, today: IsoDate, windowDays: number, grouping: DueGrouping = 'unit'): Promise<ItemsDue> {
  const end = windowEnd(today, windowDays);
  return db.transaction('r', db.items, async () => {
    const hasUnitIndex = db.items.schema.indexes.some((index) => index.name === 'unit');
    const openStates = LEDGER_STATES.filter(isOpen);
    const [openLists, overdue, upcoming, later, towns, units] = await Promise.all([
      Promise.all(openStates.map((state) => db.items.where('state').equals(state).primaryKeys())),
      db.items.where('plannedDate').below(today).primaryKeys(),
      db.items.where('plannedDate').between(today, end, true, true).primaryKeys(),
      db.items.where('plannedDate').above(end).primaryKeys(),
      ownersBy(db, 'town'),
      hasUnitIndex && grouping === 'unit' ? ownersBy(db, 'unit') : Promise.resolve(new Map<number, string>()),
    ]);
    for (const [id, unit] of units) towns.set(id, unit);
    const awaiting = openLists[openStates.indexOf(AWAITING_STATE)] ?? [];
    return summarizeItems(ids(openLists.flat()), { overdue: ids(overdue), upcoming: ids(upcoming), later: ids(later) }, towns, ids(awaiting));
  });
}

/** Primary keys as Dexie types them for an auto-increment table (always set when read back). */
function ids(keys: readonly (number | undefined)[]): number[] {
  return keys.filter((key): key is number => key !== undefined);
}

/** id → value of a text index: the distinct values, then the primary keys of each. */
async function ownersBy(db: TubanLintDb, index: 'town' | 'unit'): Promise<Map<number, string>> {
  const values = (await distinctIndexValues(db, index)).filter((v) => v.trim() !== '');
  const idLists = await Promise.all(values.map((value) => db.items.where(index).equals(value).primaryKeys()));
  const out = new Map<number, string>();
  values.forEach((value, i) => {
    for (const id of ids(idLists[i] ?? [])) out.set(id, value.trim());
  });
  return out;
}
