import type { TubanLintDb } from '../db/schema';
import type { LedgerExportInput } from './ledger-workbook';

/**
 * Everything the export writes, read in one read-only transaction so that the sheets agree with
 * each other (no item changes between reading items and reading their history).
 */
export async function collectLedger(db: TubanLintDb): Promise<LedgerExportInput> {
  return db.transaction('r', [db.items, db.events, db.evidence], async () => {
    const items = await db.items.toArray();
    const events = await db.events.toArray();
    const evidence = await db.evidence.toArray();
    return {
      items: items.flatMap((item) => (item.id === undefined ? [] : [{ ...item, id: item.id }])),
      events,
      evidence: evidence.map((e) => ({
        itemId: e.itemId,
        kind: e.kind,
        ...(e.removedAt !== undefined ? { removedAt: e.removedAt } : {}),
      })),
    };
  });
}
