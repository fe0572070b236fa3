import type { IsoDate } from '../../shared/model/dates';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { PatchRecord } from '../../shared/model/patch-record';
import type { Profile } from '../../shared/profiles/profile-schema';
import { verdictOf } from '../../shared/rules/readings';
import type { FieldChange, LedgerItem, TubanLintDb } from '../db/schema';
import { appendEvent, applyChanges, assignedId, diffValues, filedValuesOf, indexedColumnsOf, initialState, ledgerTables, patchIdOf, type Actor } from './ledger-common';

/** One record of an audited sheet: `row` is the Excel row number (as `sheet.rows()` yields it). */
export interface ImportRecord {
  readonly row?: number;
  readonly record: PatchRecord;
}

export interface ImportOptions extends Actor {
  readonly profile: Profile;
  readonly asOf: IsoDate;
  readonly file?: string;
}

export interface ImportOutcome {
  readonly importId: number;
  readonly created: readonly number[];
  readonly updated: readonly {
    readonly itemId: number;
    readonly changes: readonly FieldChange[];
  }[];
  readonly unchanged: readonly number[];
  /** Excel rows of 违法 records without a 图斑编号 (not entered). */
  readonly skippedRows: readonly number[];
}

/**
 * Enters every 违法 patch of an imported sheet into the 整改台账, in one transaction. A new patch
 * starts in 待验收 when 是否消除违法状态 = 是, else 待整改. Idempotent by 图斑编号: a patch already in
 * the ledger is updated field by field (only fields the sheet carries — a column the sheet lacks
 * clears nothing) with one `updated` event listing the changes — also when its verdict is no longer
 * 违法; an unchanged patch gets no event.
 * A re-import never moves an item's state: states change through the ledger's own operations.
 */
export async function importViolations(db: TubanLintDb, records: readonly ImportRecord[], options: ImportOptions): Promise<ImportOutcome> {
  const actor: Actor = { who: options.who, at: options.at };
  return db.transaction('rw', ledgerTables(db), async () => {
    const importId = assignedId(
      await db.imports.add({
        at: options.at,
        who: options.who,
        ...(options.file !== undefined ? { file: options.file } : {}),
        profileId: options.profile.id,
        asOf: options.asOf,
        records: records.length,
        created: 0,
        updated: 0,
        unchanged: 0,
        skippedRows: [],
      }),
    );
    const created: number[] = [];
    const updated: { itemId: number; changes: readonly FieldChange[] }[] = [];
    const unchanged: number[] = [];
    const skippedRows: number[] = [];
    for (const { row, record } of records) {
      const illegal = verdictOf(record) === '违法';
      const patchId = patchIdOf(record);
      if (patchId === undefined) {
        if (illegal && row !== undefined) skippedRows.push(row);
        continue;
      }
      const values = filedValuesOf(record);
      const source = {
        kind: 'import' as const,
        importId,
        ...(row !== undefined ? { row } : {}),
      };
      const prior = await db.items.where('patchId').equals(patchId).first();
      if (!prior || prior.id === undefined) {
        // Only 违法 patches enter the ledger; a patch already in it is updated whatever its verdict
        // now says (a re-judged 合法 is a change the history must show, not a row to ignore).
        if (!illegal) continue;
        const state = initialState(record);
        const item: LedgerItem = {
          patchId,
          state,
          values,
          source,
          createdAt: options.at,
          updatedAt: options.at,
          ...indexedColumnsOf(values),
        };
        const itemId = assignedId(await db.items.add(item));
        await appendEvent(db, itemId, actor, {
          kind: 'created',
          state,
          values,
          importId,
          ...(row !== undefined ? { row } : {}),
        });
        created.push(itemId);
        continue;
      }
      const changes = diffValues(prior.values, values, record.present as ReadonlySet<FieldId>);
      if (changes.length === 0) {
        unchanged.push(prior.id);
        continue;
      }
      const nextValues = applyChanges(prior.values, changes);
      const { town: _town, plannedDate: _planned, ...rest } = prior;
      await db.items.put({
        ...rest,
        values: nextValues,
        updatedAt: options.at,
        ...indexedColumnsOf(nextValues),
      });
      await appendEvent(
        db,
        prior.id,
        actor,
        {
          kind: 'updated',
          changes,
          importId,
          ...(row !== undefined ? { row } : {}),
        },
        '重新导入',
      );
      updated.push({ itemId: prior.id, changes });
    }
    await db.imports.update(importId, {
      created: created.length,
      updated: updated.length,
      unchanged: unchanged.length,
      skippedRows,
    });
    return { importId, created, updated, unchanged, skippedRows };
  });
}
