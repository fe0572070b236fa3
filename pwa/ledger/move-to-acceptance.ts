import type { TubanLintDb } from '../db/schema';
import { isResolvedText, ledgerTables, refuse, type Actor, type LedgerResult } from './ledger-common';

/**
 * 全部转为待验收: moves the open items an import reported resolved (是否消除违法状态 → 是, see
 * ImportOutcome.readyForAcceptance) to 待验收, in one transaction. Each move is a `transition` event
 * naming the import as its reason. Items that have moved on since (already 待验收 or 已销号) or whose
 * value is no longer 是 are left as they are and counted as skipped.
 */
export async function moveToAcceptance(db: TubanLintDb, importId: number, itemIds: readonly number[], actor: Actor): Promise<LedgerResult<{ moved: readonly number[]; skipped: readonly number[] }>> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const batch = await db.imports.get(importId);
    if (batch === undefined) return refuse('not-found', `没有编号为 ${importId} 的导入记录。`);
    if (batch.undoneAt !== undefined) return refuse('import-undone', '该次导入已撤销，不能再据此转为待验收。');
    const items = await db.items.bulkGet([...itemIds]);
    const moved: number[] = [];
    const skipped: number[] = [];
    const why = `导入“${batch.file ?? `第 ${importId} 次导入`}”：是否消除违法状态为“是”`;
    for (const [i, item] of items.entries()) {
      const id = itemIds[i] as number;
      if (item === undefined || (item.state !== '待整改' && item.state !== '整改中') || !isResolvedText(item.values.rectResolved)) {
        skipped.push(id);
        continue;
      }
      await db.items.update(id, { state: '待验收', updatedAt: actor.at });
      await db.events.add({ itemId: id, at: actor.at, who: actor.who, kind: 'transition', data: { kind: 'transition', from: item.state, to: '待验收', importId }, why });
      moved.push(id);
    }
    return { ok: true as const, moved, skipped };
  });
}
