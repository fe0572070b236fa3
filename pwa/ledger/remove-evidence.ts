import type { TubanLintDb } from '../db/schema';
import { appendEvent, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface RemoveOptions extends Actor {
  readonly reason?: string;
}

/**
 * Removes a photo or document: the Blob is dropped, the metadata row stays (marked removed) and the
 * removal is itself an event. Evidence of an 已销号 item cannot be removed: the 销号 rests on it.
 */
export async function removeEvidence(db: TubanLintDb, evidenceId: number, options: RemoveOptions): Promise<LedgerResult<{ itemId: number }>> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const row = await db.evidence.get(evidenceId);
    if (!row) return refuse('not-found', `没有编号为 ${evidenceId} 的证明材料。`);
    if (row.removedAt !== undefined) return refuse('already-removed', `证明材料“${row.name}”已于 ${row.removedAt} 删除。`);
    const item = await loadItem(db, row.itemId);
    if (isRefusal(item)) return item;
    if (item.state === '已销号') return refuse('closed', '该图斑已销号，其证明材料不能删除；如复核发现问题，请先重新打开。');
    const { blob: _blob, ...kept } = row;
    await db.evidence.put({
      ...kept,
      removedAt: options.at,
      removedBy: options.who,
    });
    await appendEvent(
      db,
      row.itemId,
      options,
      {
        kind: 'evidence-removed',
        evidenceId,
        evidenceKind: row.kind,
        name: row.name,
      },
      options.reason,
    );
    return { ok: true as const, itemId: row.itemId };
  });
}
