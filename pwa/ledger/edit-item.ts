import type { FieldId } from '../../shared/model/field-dictionary';
import type { FieldChange, TubanLintDb } from '../db/schema';
import { appendEvent, applyChanges, cleanValues, diffValues, indexedColumnsOf, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface EditOptions extends Actor {
  readonly reason?: string;
}

/**
 * Changes filed values of one item (progress, 整改措施, 文号 …). Each key of `raw` is set (an empty
 * string or undefined clears it); other fields are kept. One `updated` event lists the changes; an
 * edit that changes nothing writes nothing. An 已销号 item is frozen until reopened, so that what
 * the 销号 was checked against stays true. 图斑编号 is the item's identity and cannot change.
 */
export async function editItem(db: TubanLintDb, itemId: number, raw: Readonly<Partial<Record<FieldId, string | undefined>>>, options: EditOptions): Promise<LedgerResult<{ changes: readonly FieldChange[] }>> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    if (item.state === '已销号') return refuse('closed', '该图斑已销号，不能修改；如复核发现问题，请先重新打开。');
    const next = cleanValues(raw);
    const fields = Object.keys(raw) as FieldId[];
    if (fields.includes('patchId') && next.patchId !== item.patchId) return refuse('patch-id-fixed', '图斑编号是台账条目的标识，不能修改。');
    const changes = diffValues(item.values, next, fields);
    if (changes.length === 0) return { ok: true as const, changes };
    const values = applyChanges(item.values, changes);
    const { town: _town, plannedDate: _planned, ...rest } = item;
    await db.items.put({
      ...rest,
      values,
      updatedAt: options.at,
      ...indexedColumnsOf(values),
    });
    await appendEvent(db, itemId, options, { kind: 'updated', changes }, options.reason);
    return { ok: true as const, changes };
  });
}
