import type { TubanLintDb } from '../db/schema';
import { appendEvent, applyChanges, diffValues, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface ReopenOptions extends Actor {
  /** Why: what the 复核 found (复建 …). Required. */
  readonly reason: string;
}

/**
 * Reopens an 已销号 item when a 复核 finds it rebuilt (复建): back to 整改中, and 是否消除违法状态 set
 * to 否 (recorded in the event) so that a new 销号 has to be earned again.
 */
export async function reopenItem(db: TubanLintDb, itemId: number, options: ReopenOptions): Promise<LedgerResult<{ itemId: number }>> {
  if (options.reason.trim() === '') return refuse('reason-required', '重新打开须说明复核发现的问题（如复建）。');
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    if (item.state !== '已销号') return refuse('not-closed', `该图斑处于“${item.state}”状态，未销号，无需重新打开。`);
    const changes = diffValues(item.values, { ...item.values, rectResolved: '否' }, ['rectResolved']);
    await db.items.update(itemId, {
      state: '整改中',
      values: applyChanges(item.values, changes),
      updatedAt: options.at,
    });
    await appendEvent(db, itemId, options, { kind: 'reopened', from: item.state, to: '整改中', changes }, options.reason);
    return { ok: true as const, itemId };
  });
}
