import type { TubanLintDb } from '../db/schema';
import { appendEvent, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

/**
 * Appends a progress note to an item's history (issue 5 item 3: "notes"). Notes are events, so
 * they are never edited or deleted; a note may be added in any state, 已销号 included (a 复核 visit
 * that found nothing is worth writing down).
 */
export async function addNote(db: TubanLintDb, itemId: number, text: string, options: Actor): Promise<LedgerResult<Record<never, never>>> {
  const note = text.trim();
  if (note === '') return refuse('note-empty', '备注内容为空，未保存。');
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    await appendEvent(db, itemId, options, { kind: 'note', text: note });
    return { ok: true as const };
  });
}
