import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import type { LedgerItem, TubanLintDb } from '../db/schema';
import { appendEvent, assignedId, cleanValues, indexedColumnsOf, initialState, ledgerTables, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface HandEntryOptions extends Actor {
  /** Why the item is entered by hand (e.g. 历史未整改案件, 复核发现). */
  readonly reason?: string;
}

/**
 * Enters one item typed in by hand (an unresolved historic case, a patch not in any sheet). Values
 * are texts as filed; 图斑编号 is required and must not already be in the ledger.
 */
export async function addItemByHand(db: TubanLintDb, raw: Readonly<Partial<Record<FieldId, string>>>, options: HandEntryOptions): Promise<LedgerResult<{ itemId: number }>> {
  const values = cleanValues(raw);
  const patchId = values.patchId;
  if (patchId === undefined) return refuse('patch-id-required', '图斑编号未填，不能录入台账。');
  return db.transaction('rw', ledgerTables(db), async () => {
    const existing = await db.items.where('patchId').equals(patchId).first();
    if (existing) return refuse('duplicate-patch-id', `图斑编号 ${patchId} 已在台账中，请修改该条目而不是重复录入。`);
    const state = initialState(buildRecord(values));
    const item: LedgerItem = {
      patchId,
      state,
      values,
      source: { kind: 'hand' },
      createdAt: options.at,
      updatedAt: options.at,
      ...indexedColumnsOf(values),
    };
    const itemId = assignedId(await db.items.add(item));
    await appendEvent(db, itemId, options, { kind: 'created', state, values }, options.reason ?? '手工录入');
    return { ok: true as const, itemId };
  });
}
