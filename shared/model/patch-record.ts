import { convertArea, type AreaUnit } from './areas';
import type { IsoDate } from './dates';
import { fieldDefinition, type FieldId } from './field-dictionary';
import { normaliseValue, type FieldValue, type NormaliseOptions } from './field-value';

/**
 * One patch (图斑) or plot (地块) as filed: a form on the platform or one row of an export.
 * `present` lists the fields the input carries at all (the sheet's mapped columns, the form's
 * found controls): a rule whose fields are not present is not applicable, which differs from
 * passing. `values` holds the non-empty ones.
 */
export interface PatchRecord {
  readonly values: Readonly<Partial<Record<FieldId, FieldValue>>>;
  readonly present: ReadonlySet<FieldId>;
}

export interface BuildRecordOptions {
  readonly defaultAreaUnit?: AreaUnit;
  /** Fields present though empty; every key of `raw` is present too. */
  readonly present?: Iterable<FieldId>;
  /** Units declared per field (a header's `（公顷）` or `（万元）`). */
  readonly units?: Partial<Record<FieldId, NonNullable<NormaliseOptions['unit']>>>;
}

/** An area filed in more than one unit (two columns): `{ ha: '1.2345', mu: '18.52' }`. */
export type AreaInUnits = Partial<Record<AreaUnit, unknown>>;

function isAreaInUnits(raw: unknown): raw is AreaInUnits {
  return typeof raw === 'object' && raw !== null && !(raw instanceof Date) && Object.keys(raw).every((k) => k === 'mu' || k === 'ha' || k === 'sqm');
}

/**
 * Adds a reading to an area value already read from another column, or starts one. A value that is
 * empty or unreadable in one unit does not hide the other unit's reading.
 */
export function mergeAreaValue(prior: FieldValue | undefined, next: FieldValue | undefined): FieldValue | undefined {
  if (prior === undefined) return next;
  if (next === undefined) return prior;
  if (prior.kind === 'area' && next.kind === 'area') return { kind: 'area', readings: [...prior.readings, ...next.readings], text: `${prior.text} / ${next.text}` };
  return prior.kind === 'invalid' ? next : prior;
}

/** Builds a record from raw values, e.g. a form's control texts or a test's literal. */
export function buildRecord(raw: Partial<Record<FieldId, unknown>>, options: BuildRecordOptions = {}): PatchRecord {
  const values: Partial<Record<FieldId, FieldValue>> = {};
  const present = new Set<FieldId>(options.present ?? []);
  const defaultAreaUnit = options.defaultAreaUnit ?? 'mu';
  for (const [key, rawValue] of Object.entries(raw) as [FieldId, unknown][]) {
    present.add(key);
    const def = fieldDefinition(key);
    let value: FieldValue | undefined;
    if (def.type === 'area' && isAreaInUnits(rawValue)) {
      for (const [unit, v] of Object.entries(rawValue) as [AreaUnit, unknown][]) {
        value = mergeAreaValue(value, normaliseValue(def, v, { unit, defaultAreaUnit }));
      }
    } else {
      value = normaliseValue(def, rawValue, { unit: options.units?.[key], defaultAreaUnit });
    }
    if (value) values[key] = value;
  }
  return { values, present };
}

// Accessors used by rules. Each says how an empty or unreadable value reads.

/** Filled = answered, including a value that could not be read (rules.md: an impossible date counts as filled). */
export function isFilled(record: PatchRecord, field: FieldId): boolean {
  return record.values[field] !== undefined;
}

export function isEmpty(record: PatchRecord, field: FieldId): boolean {
  return record.values[field] === undefined;
}

export function isPresent(record: PatchRecord, field: FieldId): boolean {
  return record.present.has(field);
}

/** The value as filed, trimmed; undefined when empty. */
export function textOf(record: PatchRecord, field: FieldId): string | undefined {
  return record.values[field]?.text;
}

/** true = 是, false = 否, undefined = unanswered or unreadable. */
export function yesNoOf(record: PatchRecord, field: FieldId): boolean | undefined {
  const v = record.values[field];
  return v?.kind === 'yesno' ? v.yes : undefined;
}

export function isYes(record: PatchRecord, field: FieldId): boolean {
  return yesNoOf(record, field) === true;
}

/** A readable date; undefined when empty or impossible (date-invalid reports those). */
export function dateOf(record: PatchRecord, field: FieldId): IsoDate | undefined {
  const v = record.values[field];
  return v?.kind === 'date' ? v.iso : undefined;
}

export function numberOf(record: PatchRecord, field: FieldId): number | undefined {
  const v = record.values[field];
  return v?.kind === 'number' ? v.value : undefined;
}

/**
 * An area in `unit`: the reading filed in that unit when there is one, else the first reading
 * converted (rules.md: "other rules use the value in the profile's preferred unit").
 */
export function areaOf(record: PatchRecord, field: FieldId, unit: AreaUnit): number | undefined {
  const v = record.values[field];
  if (v?.kind !== 'area') return undefined;
  const same = v.readings.find((r) => r.unit === unit);
  if (same) return same.value;
  const first = v.readings[0];
  return first ? convertArea(first.value, first.unit, unit) : undefined;
}
