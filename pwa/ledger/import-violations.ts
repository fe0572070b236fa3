import { convertArea, AREA_UNIT_DECIMALS, AREA_UNIT_LABEL } from '../../shared/model/areas';
import type { IsoDate } from '../../shared/model/dates';
import { fieldDefinition, type FieldId } from '../../shared/model/field-dictionary';
import { textOf, type PatchRecord } from '../../shared/model/patch-record';
import type { Profile } from '../../shared/profiles/profile-schema';
import { verdictOf } from '../../shared/rules/readings';
import type { FieldChange, FiledValues, LedgerEvent, LedgerItem } from '../db/schema';
import type { TubanLintDb } from '../db/schema';
import { applyChanges, diffValues, isResolvedText, filedValuesOf, indexedColumnsOf, initialState, ledgerTables, patchIdOf, assignedId, type Actor } from './ledger-common';
import { registerReviewSubjects, reviewReasonOf, type NewReviewSubject } from './review-subjects';

/** One record of an audited sheet: `row` is the Excel row number (as `sheet.rows()` yields it). */
export interface ImportRecord {
  readonly row?: number;
  readonly record: PatchRecord;
}

export interface ImportOptions extends Actor {
  readonly profile: Profile;
  readonly asOf: IsoDate;
  readonly file?: string;
  /**
   * Work out the import and report its counts without keeping anything (the confirmation asked
   * before an import): the transaction is aborted at the end.
   */
  readonly dryRun?: boolean;
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
  /** Patches newly put under periodic 复核 (设施农用地, 临时用地, 农村道路, 实地未变化). */
  readonly reviewsAdded: number;
  /**
   * 已销号 items whose row in this sheet differs from the ledger: left as they are (what 销号 was
   * checked against stays true, as editItem keeps it), and reported, for the office to look into —
   * e.g. 消除违法状态 back to 否 may mean 复建. Reopen the item to take the sheet's values.
   */
  readonly closedDiffering: readonly { readonly itemId: number; readonly patchId: string; readonly changes: readonly FieldChange[] }[];
  /**
   * Open items (待整改, 整改中) whose 是否消除违法状态 this import changed to 是: ready for 验收. The
   * import proposes the move (moveToAcceptance); it never makes it itself.
   */
  readonly readyForAcceptance: readonly { readonly itemId: number; readonly patchId: string }[];
}

/** The rows of one 图斑编号 in a sheet: one row, or the plots (地块) of a split patch. */
interface PatchRows {
  readonly patchId: string;
  readonly rows: ImportRecord[];
}

/**
 * One patch's values from its rows. A single row is taken as filed. Plots of a split patch (rows
 * sharing a 图斑编号, reports-and-ledger.md) become one item: the 违法 plots when there are any (a
 * 合法 plot's 批准文号 is not the violation's), their areas summed in the first plot's unit (left
 * empty when a plot's area is blank or unreadable), any other field from the first plot that fills
 * it. Rows sharing a 图斑编号 without distinct 地块编号 are one patch filed twice: nothing is summed.
 */
function patchValues(group: PatchRows): { values: FiledValues; present: Set<FieldId>; rows: number[] } {
  const illegal = group.rows.filter((r) => verdictOf(r.record) === '违法');
  const rows = illegal.length > 0 ? illegal : group.rows;
  const present = new Set<FieldId>(rows.flatMap((r) => [...r.record.present]));
  const rowNumbers = rows.flatMap((r) => (r.row !== undefined ? [r.row] : []));
  const first = rows[0];
  if (first === undefined) return { values: {}, present, rows: rowNumbers };
  if (rows.length === 1) return { values: filedValuesOf(first.record), present, rows: rowNumbers };
  const values: FiledValues = {};
  for (const r of rows) {
    const filed = filedValuesOf(r.record);
    for (const [field, text] of Object.entries(filed) as [FieldId, string][]) if (values[field] === undefined) values[field] = text;
  }
  // Areas add up over plots (distinct 地块编号); rows repeating a 图斑编号 without one are the same
  // patch filed twice (patch-id-duplicate), whose areas must not be added.
  const plotIds = rows.map((r) => textOf(r.record, 'plotId'));
  const plots = plotIds.every((id) => id !== undefined) && new Set(plotIds).size === plotIds.length;
  for (const field of present) {
    if (!plots || fieldDefinition(field).type !== 'area') continue;
    const readings = rows.map((r) => r.record.values[field]).map((v) => (v?.kind === 'area' ? v.readings[0] : undefined));
    const unit = readings.find((x) => x !== undefined)?.unit;
    // Summed only when every plot has a readable area: a blank plot makes the sum unknowable, and
    // one plot's area is not the patch's (left empty rather than wrong).
    if (unit === undefined || readings.some((x) => x === undefined)) {
      delete values[field];
      continue;
    }
    const sum = readings.reduce((total, x) => total + (x ? convertArea(x.value, x.unit, unit) : 0), 0);
    values[field] = `${sum.toFixed(AREA_UNIT_DECIMALS[unit])}${AREA_UNIT_LABEL[unit]}`;
  }
  return { values, present, rows: rowNumbers };
}

/** Where an item came from in the sheet: its Excel row, and every plot's row for a split patch. */
function rowsData(rows: readonly number[]): { row?: number; plotRows?: readonly number[] } {
  const first = rows[0];
  if (first === undefined) return {};
  return rows.length === 1 ? { row: first } : { row: first, plotRows: rows };
}

/**
 * Enters every 违法 patch of an imported sheet into the 整改台账, in one transaction. A new patch
 * starts in 待验收 when 是否消除违法状态 = 是, else 待整改. Idempotent by 图斑编号: a patch already in
 * the ledger is updated field by field (only fields the sheet carries — a column the sheet lacks
 * clears nothing) with one `updated` event listing the changes — also when its verdict is no longer
 * 违法; an unchanged patch gets no event; an 已销号 item is not rewritten (see closedDiffering). Plots of one patch make one item (see patchValues).
 * A re-import never moves an item's state: states change through the ledger's own operations; the
 * open items it reports resolved are listed (readyForAcceptance) for the user to move.
 * Patches judged 其他 as 设施农用地 / 临时用地 / 农村道路 / 实地未变化 are put under periodic 复核.
 *
 * Written for 100,000-row sheets: the ledger's 图斑编号 index is read once, and rows are written
 * with bulk operations (one IndexedDB request per row would dominate the import).
 */
export async function importViolations(db: TubanLintDb, records: readonly ImportRecord[], options: ImportOptions): Promise<ImportOutcome> {
  const groups = new Map<string, PatchRows>();
  const skippedRows: number[] = [];
  for (const r of records) {
    const patchId = patchIdOf(r.record);
    if (patchId === undefined) {
      if (verdictOf(r.record) === '违法' && r.row !== undefined) skippedRows.push(r.row);
      continue;
    }
    const group = groups.get(patchId);
    if (group) group.rows.push(r);
    else groups.set(patchId, { patchId, rows: [r] });
  }
  // A patch's values are built only when they are stored: most rows of a sheet are 合法 patches
  // that are neither in the ledger nor under 复核.
  const valuesCache = new Map<PatchRows, ReturnType<typeof patchValues>>();
  const valuesOf = (group: PatchRows): ReturnType<typeof patchValues> => {
    let built = valuesCache.get(group);
    if (built === undefined) valuesCache.set(group, (built = patchValues(group)));
    return built;
  };
  const reviewSubjects: NewReviewSubject[] = [];
  for (const group of groups.values()) {
    const reasons = new Set(group.rows.map((r) => reviewReasonOf(r.record, options.profile)));
    for (const reason of reasons) if (reason !== undefined) reviewSubjects.push({ patchId: group.patchId, reason, values: valuesOf(group).values });
  }

  try {
    return await writeImport(db, records.length, groups, skippedRows, reviewSubjects, valuesOf, options);
  } catch (error) {
    if (error instanceof ImportPreview) return error.outcome;
    throw error;
  }
}

/** Thrown at the end of a dry run: aborts its transaction and carries what the import would do. */
class ImportPreview extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run');
  }
}

async function writeImport(
  db: TubanLintDb,
  recordCount: number,
  groups: ReadonlyMap<string, PatchRows>,
  skippedRows: readonly number[],
  reviewSubjects: readonly NewReviewSubject[],
  valuesOf: (group: PatchRows) => ReturnType<typeof patchValues>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const importId = assignedId(
      await db.imports.add({
        at: options.at,
        who: options.who,
        ...(options.file !== undefined ? { file: options.file } : {}),
        profileId: options.profile.id,
        asOf: options.asOf,
        records: recordCount,
        created: 0,
        updated: 0,
        unchanged: 0,
        skippedRows: [],
      }),
    );
    // The ledger's 图斑编号 → id, read from the index alone (no item bodies).
    const [patchIds, itemIds] = await Promise.all([db.items.orderBy('patchId').keys(), db.items.orderBy('patchId').primaryKeys()]);
    const idByPatch = new Map<string, number>();
    patchIds.forEach((p, i) => {
      const id = itemIds[i];
      if (typeof p === 'string' && typeof id === 'number') idByPatch.set(p, id);
    });
    const knownGroups = [...groups.values()].filter((g) => idByPatch.has(g.patchId));
    const priorItems = await db.items.bulkGet(knownGroups.map((g) => idByPatch.get(g.patchId) as number));
    const priorByPatch = new Map<string, LedgerItem>();
    for (const item of priorItems) if (item) priorByPatch.set(item.patchId, item);

    const actor: Actor = { who: options.who, at: options.at };
    const newItems: LedgerItem[] = [];
    const newItemRows: { rows: number[]; values: FiledValues; state: LedgerItem['state'] }[] = [];
    const changedItems: LedgerItem[] = [];
    const updated: { itemId: number; changes: readonly FieldChange[] }[] = [];
    const updateEvents: LedgerEvent[] = [];
    const unchanged: number[] = [];
    const closedDiffering: { itemId: number; patchId: string; changes: readonly FieldChange[] }[] = [];
    const readyForAcceptance: { itemId: number; patchId: string }[] = [];
    for (const group of groups.values()) {
      const prior = priorByPatch.get(group.patchId);
      // Only 违法 patches enter the ledger; a patch already in it is updated whatever its verdict
      // now says (a re-judged 合法 is a change the history must show, not a row to ignore).
      if ((prior === undefined || prior.id === undefined) && !group.rows.some((r) => verdictOf(r.record) === '违法')) continue;
      const { values, present, rows } = valuesOf(group);
      const rowData = rowsData(rows);
      if (prior === undefined || prior.id === undefined) {
        const firstIllegal = group.rows.find((r) => verdictOf(r.record) === '违法') ?? group.rows[0];
        const state = firstIllegal ? initialState(firstIllegal.record) : '待整改';
        newItems.push({ patchId: group.patchId, state, values, source: { kind: 'import', importId, ...('row' in rowData ? { row: rowData.row } : {}) }, createdAt: options.at, updatedAt: options.at, ...indexedColumnsOf(values) });
        newItemRows.push({ rows, values, state });
        continue;
      }
      const changes = diffValues(prior.values, values, present);
      if (changes.length === 0) {
        unchanged.push(prior.id);
        continue;
      }
      if (prior.state === '已销号') {
        closedDiffering.push({ itemId: prior.id, patchId: prior.patchId, changes });
        continue;
      }
      const nextValues = applyChanges(prior.values, changes);
      const { town: _town, plannedDate: _planned, ...rest } = prior;
      changedItems.push({ ...rest, values: nextValues, updatedAt: options.at, ...indexedColumnsOf(nextValues) });
      updateEvents.push({ itemId: prior.id, at: actor.at, who: actor.who, kind: 'updated', data: { kind: 'updated', changes, importId, ...rowData, priorUpdatedAt: prior.updatedAt }, why: '重新导入' });
      updated.push({ itemId: prior.id, changes });
      if (prior.state !== '待验收' && changes.some((c) => c.field === 'rectResolved') && isResolvedText(nextValues.rectResolved)) readyForAcceptance.push({ itemId: prior.id, patchId: prior.patchId });
    }
    const created = newItems.length > 0 ? ((await db.items.bulkAdd(newItems, { allKeys: true })) as number[]) : [];
    const createEvents: LedgerEvent[] = created.map((itemId, i) => {
      const info = newItemRows[i] as (typeof newItemRows)[number];
      return { itemId, at: actor.at, who: actor.who, kind: 'created', data: { kind: 'created', state: info.state, values: info.values, importId, ...rowsData(info.rows) } };
    });
    if (changedItems.length > 0) await db.items.bulkPut(changedItems);
    if (createEvents.length + updateEvents.length > 0) await db.events.bulkAdd([...createEvents, ...updateEvents]);
    const reviewsAdded = await registerReviewSubjects(db, reviewSubjects, options.asOf, importId);
    await db.imports.update(importId, {
      created: created.length,
      updated: updated.length,
      unchanged: unchanged.length,
      skippedRows,
      closedDiffering: closedDiffering.map((c) => c.itemId),
      readyForAcceptance: readyForAcceptance.map((r) => r.itemId),
    });
    const outcome = { importId, created, updated, unchanged, skippedRows, reviewsAdded, closedDiffering, readyForAcceptance };
    if (options.dryRun === true) throw new ImportPreview(outcome);
    return outcome;
  });
}
