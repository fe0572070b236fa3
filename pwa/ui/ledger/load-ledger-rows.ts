import type { TubanLintDb } from '../../db/schema';
import { ledgerRowOf, type LedgerRow } from '../../ledger-export/ledger-rows';

/** Items read per IndexedDB request: small enough to keep each read short, large enough to be few. */
const CHUNK = 5_000;

/**
 * Every item as a list row, read in primary-key chunks so that only one chunk of full items
 * (40-odd fields each) is alive at a time. Runs in the rows Worker; on the page only as a fallback.
 */
export async function loadLedgerRows(db: TubanLintDb, onProgress?: (done: number) => void): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = [];
  let after = 0;
  for (;;) {
    const items = await db.items.where(':id').above(after).limit(CHUNK).toArray();
    for (const item of items) if (item.id !== undefined) rows.push(ledgerRowOf({ ...item, id: item.id }));
    const last = items.at(-1)?.id;
    if (items.length < CHUNK || last === undefined) return rows;
    after = last;
    onProgress?.(rows.length);
  }
}

/** The rows of some items (those changed by a write); ids not found are returned as removed. */
export async function loadSomeLedgerRows(db: TubanLintDb, ids: readonly number[]): Promise<{ rows: LedgerRow[]; removed: number[] }> {
  const items = await db.items.bulkGet([...ids]);
  const rows: LedgerRow[] = [];
  const removed: number[] = [];
  items.forEach((item, i) => {
    if (item?.id !== undefined) rows.push(ledgerRowOf({ ...item, id: item.id }));
    else removed.push(ids[i] ?? -1);
  });
  return { rows, removed };
}
