import type { TubanLintDb } from '../db/schema';
import { appendEvent, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface SetUnitOptions extends Actor {
  readonly reason?: string;
}

/**
 * Sets 责任单位 (`LedgerItem.unit`): the unit answerable for the rectification when it is not the
 * 乡镇 itself. Empty text clears it (the 乡镇 is responsible again). Not a filed field, so editItem
 * does not reach it; the change is one `unit-changed` event. Frozen once 已销号, like editItem.
 */
export async function setUnit(db: TubanLintDb, itemId: number, unit: string | undefined, options: SetUnitOptions): Promise<LedgerResult<{ changed: boolean }>> {
  const next = unit?.trim() === '' ? undefined : unit?.trim();
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    if (item.state === '已销号') return refuse('closed', '该图斑已销号，不能修改责任单位；如复核发现问题，请先重新打开。');
    if (item.unit === next) return { ok: true as const, changed: false };
    const { unit: _prior, ...rest } = item;
    await db.items.put({
      ...rest,
      ...(next !== undefined ? { unit: next } : {}),
      updatedAt: options.at,
    });
    await appendEvent(
      db,
      itemId,
      options,
      {
        kind: 'unit-changed',
        ...(item.unit !== undefined ? { from: item.unit } : {}),
        ...(next !== undefined ? { to: next } : {}),
      },
      options.reason,
    );
    return { ok: true as const, changed: true };
  });
}
