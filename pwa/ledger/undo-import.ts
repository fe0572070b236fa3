import type { FieldChange, LedgerEvent, LedgerItem, LedgerState, TubanLintDb } from '../db/schema';
import { applyChanges, indexedColumnsOf, ledgerTables, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface UndoOutcome {
  /** Items the import had created, now removed with their history. */
  readonly removed: number;
  /** Items the import had changed, now back to their values before it. */
  readonly restored: number;
  /** Moves to 待验收 made on the import's proposal, taken back. */
  readonly movesUndone: number;
  /** 复核 subjects the import had added, removed. */
  readonly reviewsRemoved: number;
}

/** The inverse of one field change. */
function reversed(changes: readonly FieldChange[]): FieldChange[] {
  return changes.map((c) => ({ field: c.field, ...(c.to !== undefined ? { from: c.to } : {}), ...(c.from !== undefined ? { to: c.from } : {}) }));
}

/**
 * 撤销本次导入, in one transaction: the items the import created are removed (with their history:
 * they did not exist before it), the items it changed get their earlier values and updatedAt back
 * (an `updated` event records the undo), the moves to 待验收 it proposed and the user made are taken
 * back, the 复核 subjects it added are removed, and the import row records who undid it and when.
 * Refused when an item of the import changed afterwards in any other way (an edit, evidence, a
 * later import): undoing would silently lose that work.
 */
export async function undoImport(db: TubanLintDb, importId: number, actor: Actor): Promise<LedgerResult<UndoOutcome>> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const batch = await db.imports.get(importId);
    if (batch === undefined) return refuse('not-found', `没有编号为 ${importId} 的导入记录。`);
    if (batch.undoneAt !== undefined) return refuse('already-undone', `该次导入已于 ${batch.undoneAt.slice(0, 10)} 由 ${batch.undoneBy ?? ''} 撤销。`);
    const own = (await db.events.where('at').equals(batch.at).toArray()).filter((e) => (e.data.kind === 'created' || e.data.kind === 'updated') && e.data.importId === importId);
    const createdIds = new Set(own.filter((e) => e.kind === 'created').map((e) => e.itemId));
    const updates = own.filter((e): e is LedgerEvent & { data: { kind: 'updated' } } => e.data.kind === 'updated');
    const touched = [...new Set(own.map((e) => e.itemId))];

    // Everything after the import on its items must be a move it proposed; anything else blocks.
    const later = (await Promise.all(touched.map((id) => db.events.where('[itemId+at]').between([id, batch.at], [id, '\uffff'], false, true).toArray()))).flat();
    const moves = later.filter((e) => e.data.kind === 'transition' && e.data.importId === importId);
    const blocking = new Set(later.filter((e) => !moves.includes(e)).map((e) => e.itemId));
    if (blocking.size > 0) {
      const patchIds = (await db.items.bulkGet([...blocking].slice(0, 5))).map((i) => i?.patchId ?? '');
      return refuse('changed-since', `${blocking.size} 个图斑在本次导入后又有改动（${patchIds.join('、')}${blocking.size > 5 ? ' 等' : ''}），不能撤销本次导入：撤销会丢失这些改动。`);
    }

    const stateBefore = new Map<number, LedgerState>();
    for (const move of moves) if (move.data.kind === 'transition' && !stateBefore.has(move.itemId)) stateBefore.set(move.itemId, move.data.from);

    await db.events.where('itemId').anyOf([...createdIds]).delete();
    await db.items.bulkDelete([...createdIds]);
    const restoredItems: LedgerItem[] = [];
    const undoEvents: LedgerEvent[] = [];
    const why = `撤销导入“${batch.file ?? `第 ${importId} 次导入`}”`;
    const prior = await db.items.bulkGet(updates.map((e) => e.itemId));
    updates.forEach((event, i) => {
      const item = prior[i];
      if (item === undefined) return;
      const back = reversed(event.data.changes);
      const values = applyChanges(item.values, back);
      const { town: _town, plannedDate: _planned, ...rest } = item;
      const state = stateBefore.get(event.itemId) ?? item.state;
      restoredItems.push({ ...rest, state, values, updatedAt: event.data.priorUpdatedAt ?? item.updatedAt, ...indexedColumnsOf(values) });
      undoEvents.push({ itemId: event.itemId, at: actor.at, who: actor.who, kind: 'updated', data: { kind: 'updated', changes: back, undoneImportId: importId }, why });
    });
    // The moves stay in the history, each answered by the move back.
    for (const [itemId, from] of stateBefore) undoEvents.push({ itemId, at: actor.at, who: actor.who, kind: 'transition', data: { kind: 'transition', from: '待验收', to: from, importId }, why });
    if (restoredItems.length > 0) await db.items.bulkPut(restoredItems);
    if (undoEvents.length > 0) await db.events.bulkAdd(undoEvents);
    const reviewsRemoved = await db.reviews.filter((r) => r.importId === importId).delete();
    await db.imports.update(importId, { undoneAt: actor.at, undoneBy: actor.who });
    return { ok: true as const, removed: createdIds.size, restored: restoredItems.length, movesUndone: moves.length, reviewsRemoved };
  });
}
