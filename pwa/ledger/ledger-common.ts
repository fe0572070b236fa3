import { AREA_UNIT_LABEL } from '../../shared/model/areas';
import { parseDate } from '../../shared/model/dates';
import type { FieldValue } from '../../shared/model/field-value';
import { parseNumber } from '../../shared/model/numbers';
import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord, textOf, type PatchRecord } from '../../shared/model/patch-record';
import type { FieldChange, FiledValues, LedgerEvent, LedgerEventData, LedgerItem, LedgerState, TubanLintDb } from '../db/schema';

/** Who did it and when (ISO timestamp): every ledger operation records both. */
export interface Actor {
  readonly who: string;
  readonly at: string;
}

/** A refusal: a stable code for code, a zh-CN sentence for people. */
export interface Refusal {
  readonly ok: false;
  readonly code: string;
  readonly reason: string;
}

export type LedgerResult<T> = ({ readonly ok: true } & T) | Refusal;

export function refuse(code: string, reason: string): Refusal {
  return { ok: false, code, reason };
}

/** An item in a transaction, or a refusal when it does not exist. */
export async function loadItem(db: TubanLintDb, itemId: number): Promise<LedgerItem | Refusal> {
  const item = await db.items.get(itemId);
  return item ?? refuse('not-found', `台账中没有编号为 ${itemId} 的图斑。`);
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

export async function appendEvent(db: TubanLintDb, itemId: number, actor: Actor, data: LedgerEventData, why?: string): Promise<void> {
  const event: LedgerEvent = {
    itemId,
    at: actor.at,
    who: actor.who,
    kind: data.kind,
    data,
    ...(why !== undefined && why !== '' ? { why } : {}),
  };
  await db.events.add(event);
}

/**
 * The filed text of every non-empty field of a record (FieldValue.text: trimmed, as filed), with
 * the unit made explicit where the sheet gave it only in the header: an area read from a
 * `面积（公顷）` column is stored as `1.2300公顷`, an amount from a `（万元）` column as `5万元`; and a
 * date stored by Excel as a day number as its ISO date. The ledger re-reads its values later
 * (销号, display, export) without the sheet's header.
 */
export function filedValuesOf(record: PatchRecord): FiledValues {
  const out: FiledValues = {};
  for (const [field, value] of Object.entries(record.values) as [FieldId, PatchRecord['values'][FieldId]][]) {
    if (value !== undefined) out[field] = textWithUnit(value);
  }
  return out;
}

function textWithUnit(value: FieldValue): string {
  if (value.kind === 'area') {
    const first = value.readings[0];
    const read = parseNumber(value.text);
    if (first === undefined || (read.state === 'ok' && read.unit !== undefined)) return value.text;
    // One area in two columns (公顷 and 亩): both readings, each with its unit.
    if (value.readings.length > 1) return value.readings.map((r) => `${r.value.toFixed(r.decimals)}${AREA_UNIT_LABEL[r.unit]}`).join(' / ');
    return `${value.text}${AREA_UNIT_LABEL[first.unit]}`;
  }
  // A date cell arrives as Excel's day number (45024): the ledger shows and exports the date itself.
  if (value.kind === 'date' && /^\d+(?:\.\d+)?$/u.test(value.text)) return value.iso;
  if (value.kind === 'number') {
    const read = parseNumber(value.text);
    if (read.state === 'ok' && read.unit === undefined && read.value * 10_000 === value.value && value.value !== 0) return `${value.text}万元`;
  }
  return value.text;
}

/** Drops empty strings (empty = absent) and trims. */
export function cleanValues(values: Readonly<Partial<Record<FieldId, string | undefined>>>): FiledValues {
  const out: FiledValues = {};
  for (const [field, value] of Object.entries(values) as [FieldId, string | undefined][]) {
    const text = value?.trim();
    if (text !== undefined && text !== '') out[field] = text;
  }
  return out;
}

/**
 * The changes `next` makes to `prior` over `fields` (a field of `fields` missing from `next` is
 * cleared), sorted by field id so events compare equal across runs.
 */
export function diffValues(prior: FiledValues, next: FiledValues, fields: Iterable<FieldId>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...new Set(fields)].sort()) {
    const from = prior[field];
    const to = next[field];
    if (from !== to)
      changes.push({
        field,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
  }
  return changes;
}

export function applyChanges(values: FiledValues, changes: readonly FieldChange[]): FiledValues {
  const out: FiledValues = { ...values };
  for (const c of changes) {
    if (c.to === undefined) delete out[c.field];
    else out[c.field] = c.to;
  }
  return out;
}

/** The indexed columns derived from filed values (乡镇, 拟完成整改时间 as an ISO date). */
export function indexedColumnsOf(values: FiledValues): {
  town?: string;
  plannedDate?: string;
} {
  const planned = values.rectPlannedDate === undefined ? undefined : parseDate(values.rectPlannedDate);
  return {
    ...(values.town !== undefined ? { town: values.town } : {}),
    ...(planned?.state === 'ok' ? { plannedDate: planned.iso } : {}),
  };
}

/** Whether a filed 是否消除违法状态 reads as 是 (是, Y, √, 1 …, as the sheet reader reads yes/no). */
export function isResolvedText(text: string | undefined): boolean {
  if (text === undefined) return false;
  const value = buildRecord({ rectResolved: text }).values.rectResolved;
  return value?.kind === 'yesno' && value.yes;
}

/** A new item's state: 待验收 when the filing says the violation is resolved (消除违法状态 = 是), else 待整改. */
export function initialState(record: PatchRecord): LedgerState {
  const resolved = record.values.rectResolved;
  return resolved?.kind === 'yesno' && resolved.yes ? '待验收' : '待整改';
}

export function patchIdOf(record: PatchRecord): string | undefined {
  return textOf(record, 'patchId');
}

/** The ledger tables every operation writes in one transaction (reviews: 销号 of 拆除复耕 starts a 复核 cycle). */
export function ledgerTables(db: TubanLintDb) {
  return [db.items, db.events, db.evidence, db.imports, db.reviews];
}

/** The key IndexedDB gave a new row of an auto-increment table (always set; typed optional by Dexie). */
export function assignedId(key: number | undefined): number {
  if (key === undefined) throw new Error('IndexedDB returned no key for a new row');
  return key;
}
