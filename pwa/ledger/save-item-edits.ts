import type { FieldId } from '../../shared/model/field-dictionary';
import type { FieldChange, TubanLintDb } from '../db/schema';
import { editItem } from './edit-item';
import { ledgerTables, refuse, type Actor, type LedgerResult } from './ledger-common';
import { setUnit } from './set-unit';

export interface SaveEditsOptions extends Actor {
  readonly reason?: string;
}

/**
 * The item page's 保存: filed fields (editItem) and 责任单位 (setUnit, absent = leave it) in one
 * transaction — both are saved, or, when either is refused, neither.
 */
export async function saveItemEdits(
  db: TubanLintDb,
  itemId: number,
  edits: {
    readonly values: Readonly<Partial<Record<FieldId, string | undefined>>>;
    readonly unit?: string;
  },
  options: SaveEditsOptions,
): Promise<LedgerResult<{ changes: readonly FieldChange[]; unitChanged: boolean }>> {
  try {
    return await db.transaction('rw', ledgerTables(db), async () => {
      const edited = await editItem(db, itemId, edits.values, options);
      if (!edited.ok) throw new RefusedEdit(edited.code, edited.reason);
      let unitChanged = false;
      if (edits.unit !== undefined) {
        const unit = await setUnit(db, itemId, edits.unit, options);
        if (!unit.ok) throw new RefusedEdit(unit.code, unit.reason);
        unitChanged = unit.changed;
      }
      return { ok: true as const, changes: edited.changes, unitChanged };
    });
  } catch (error) {
    if (error instanceof RefusedEdit) return refuse(error.code, error.message);
    throw error;
  }
}

/** Thrown inside the transaction so that it aborts (a returned refusal would commit the other half). */
class RefusedEdit extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}
