/**
 * Header layout → column mapping: which field each column is read as, in which unit, and which
 * columns repeat a reading (duplicates); then the user's corrections over the detected mapping.
 */
import { fieldDefinition, isFieldId, type FieldDefinition, type FieldId } from '../model/field-dictionary';
import { normaliseLabel, type LabelMatcher } from '../model/labels';
import type { Profile } from '../profiles/profile-schema';
import { columnLetter } from './cells';
import { matchParts } from './column-match';
import type { HeaderLayout } from './header';
import type { ColumnMapping, ColumnOverrides, ReadSheetOptions } from './sheet-read';
import { groupUnit, unitOnlyLabel, type ColumnUnit } from './units';

/** Units a field can carry: areas in 亩/公顷/平方米, money in 元/万元, widths in 米. */
function compatibleUnit(def: FieldDefinition, unit: ColumnUnit | undefined): ColumnUnit | undefined {
  if (unit === undefined) return undefined;
  if (def.type === 'area') return unit === 'mu' || unit === 'ha' || unit === 'sqm' ? unit : undefined;
  if (def.unit === 'yuan') return unit === 'yuan' || unit === 'wanyuan' ? unit : undefined;
  if (def.unit === 'm') return unit === 'm' ? unit : undefined;
  return undefined;
}

/** Two columns with the same key are one reading twice; one area in two units is two readings. */
function readingKey(def: FieldDefinition, field: FieldId, level: number | undefined, unit: ColumnMapping['unit'], profile: Profile): string {
  return `${field}|${level ?? 1}|${def.type === 'area' ? (unit ?? profile.areaUnit) : ''}`;
}

/** A unit the sheet declares for a field: the column's own unit if compatible, else the unit line's. */
function unitFor(def: FieldDefinition, own: ColumnUnit | undefined, layout: HeaderLayout): Pick<ColumnMapping, 'unit' | 'unitSource'> {
  const unit = compatibleUnit(def, own);
  if (unit) return { unit, unitSource: 'header' };
  if (def.type === 'area' && layout.unitLine?.areaUnit) return { unit: layout.unitLine.areaUnit, unitSource: 'unit-line' };
  if (def.unit === 'yuan' && layout.unitLine?.moneyUnit) return { unit: layout.unitLine.moneyUnit, unitSource: 'unit-line' };
  return {};
}

function buildMapping(layout: HeaderLayout, lastColumn: number, matcher: LabelMatcher, profile: Profile): ColumnMapping[] {
  const mapping: ColumnMapping[] = [];
  const seen = new Set<string>();
  for (let c = 0; c <= lastColumn; c++) {
    const column = layout.columns[c];
    const parts = column?.parts ?? [];
    const base = { column: c, columnLetter: columnLetter(c), header: parts.join(' / ') };
    const match = column && !column.continuation ? matchParts(matcher, parts) : undefined;
    if (!match || !isFieldId(match.field)) {
      mapping.push({ ...base, status: 'unmapped' });
      continue;
    }
    const def = fieldDefinition(match.field);
    const { unit, unitSource } = unitFor(def, match.unit, layout);
    // One area in two units is two readings (area-unit-mismatch compares them); anything else twice is a reading error.
    const key = readingKey(def, match.field, match.level, unit, profile);
    const status = seen.has(key) ? 'duplicate' : 'mapped';
    seen.add(key);
    mapping.push({
      ...base,
      field: match.field,
      ...(match.level ? { level: match.level } : {}),
      ...(unit ? { unit, unitSource } : {}),
      status,
    });
  }
  return mapping;
}

/** The unit a column's header names for itself: `面积（公顷）`, a `亩` sub-header, or a group's `拆除复耕（亩）`. */
function headerUnit(parts: readonly string[]): ColumnUnit | undefined {
  const label = parts[parts.length - 1];
  if (label === undefined) return undefined;
  const own = normaliseLabel(label).unit ?? unitOnlyLabel(label);
  if (own) return own;
  for (let i = parts.length - 2; i >= 0; i--) {
    const unit = groupUnit(parts[i] ?? '');
    if (unit) return unit;
  }
  return undefined;
}

function hasOverrides(overrides: ColumnOverrides | undefined): overrides is ColumnOverrides {
  if (overrides === undefined) return false;
  for (const _ in overrides) return true;
  return false;
}

/**
 * The user's corrections over the detected mapping. A corrected column is read as its field (the
 * level and unit detection found are kept when the field is the one detected; otherwise the unit
 * comes from the column's header, then the unit line) or not at all (null). Corrections win: a
 * detected column that would read the same field in the same unit as a corrected one becomes a
 * duplicate (not read), and a detected duplicate whose twin the user set aside is read again.
 * Two corrections naming one field in one unit: the first is read, the second is a duplicate
 * (reported, as detection reports its own).
 */
function applyColumnOverrides(detected: readonly ColumnMapping[], overrides: ColumnOverrides, layout: HeaderLayout, profile: Profile): ColumnMapping[] {
  const corrected = new Set<number>();
  const mapping = detected.map((m): ColumnMapping => {
    if (!Object.hasOwn(overrides, m.column)) return m;
    const choice = overrides[m.column];
    if (choice !== null && (choice === undefined || !isFieldId(choice))) return m;
    corrected.add(m.column);
    const base = { column: m.column, columnLetter: m.columnLetter, header: m.header };
    if (choice === null) return { ...base, status: 'unmapped' };
    if (choice === m.field) return { ...m, status: 'mapped' };
    const { unit, unitSource } = unitFor(fieldDefinition(choice), headerUnit(layout.columns[m.column]?.parts ?? []), layout);
    return { ...base, field: choice, ...(unit ? { unit, unitSource } : {}), status: 'mapped' };
  });
  const claimed = new Set<string>();
  const settle = (m: ColumnMapping): ColumnMapping => {
    if (m.field === undefined || m.status === 'unmapped') return m;
    const key = readingKey(fieldDefinition(m.field), m.field, m.level, m.unit, profile);
    const status = claimed.has(key) ? 'duplicate' : 'mapped';
    claimed.add(key);
    return status === m.status ? m : { ...m, status };
  };
  // Corrections claim their readings first, then detected columns in column order.
  const settled = mapping.map((m) => (corrected.has(m.column) ? settle(m) : m));
  return settled.map((m) => (corrected.has(m.column) ? m : settle(m)));
}

/** The mapping as planned from the header, before the rows are read. */
export interface PlannedMapping {
  /** On the header's width: which columns are read. */
  readonly headerMapping: readonly ColumnMapping[];
  /** Columns whose values are read (mapped or duplicate), corrections right of the header included. */
  readonly readColumns: readonly number[];
  /** The final mapping once the used width is known: columns right of the header are listed too. */
  widenTo(lastColumn: number): ColumnMapping[];
}

/** Detects the mapping on the header's width and applies the user's corrections (ReadSheetOptions.columnOverrides). */
export function planMapping(layout: HeaderLayout, matcher: LabelMatcher, options: Pick<ReadSheetOptions, 'profile' | 'columnOverrides'>): PlannedMapping {
  const { profile } = options;
  const detectedHeaderMapping = buildMapping(layout, layout.columns.length - 1, matcher, profile);
  const overrides = typeof options.columnOverrides === 'function' ? options.columnOverrides(detectedHeaderMapping) : options.columnOverrides;
  const corrected = hasOverrides(overrides) ? overrides : undefined;
  const headerMapping = corrected ? applyColumnOverrides(detectedHeaderMapping, corrected, layout, profile) : detectedHeaderMapping;
  const readColumns = headerMapping.filter((m) => m.status !== 'unmapped').map((m) => m.column);
  // A correction may name a column right of the header (data under no label).
  if (corrected) {
    for (const [key, field] of Object.entries(corrected)) {
      const column = Number(key);
      if (field !== null && column >= headerMapping.length && Number.isInteger(column)) readColumns.push(column);
    }
  }
  return {
    headerMapping,
    readColumns,
    widenTo(lastColumn: number): ColumnMapping[] {
      if (lastColumn <= layout.columns.length - 1) return [...headerMapping];
      const detected = buildMapping(layout, lastColumn, matcher, profile);
      return corrected ? applyColumnOverrides(detected, corrected, layout, profile) : detected;
    },
  };
}

/** Fields with a mapped column. */
export function presentFields(mapping: readonly ColumnMapping[]): Set<FieldId> {
  const present = new Set<FieldId>();
  for (const m of mapping) if (m.status === 'mapped' && m.field !== undefined) present.add(m.field);
  return present;
}
