/** Reading a row's fields from its cells: one reader per field (a column, an area in two units, or 违法类型 levels). */
import type { CellObject } from '@e965/xlsx';
import { fieldDefinition, type FieldDefinition, type FieldId } from '../model/field-dictionary';
import { normaliseValue, type FieldValue, type NormaliseOptions } from '../model/field-value';
import { mergeAreaValue } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import { cellRaw } from './cells';
import type { ColumnMapping } from './sheet-read';

/** How one field is read from its columns in a row. */
export type FieldReader =
  | { readonly kind: 'single'; readonly field: FieldId; readonly def: FieldDefinition; readonly column: number; readonly options: NormaliseOptions }
  | { readonly kind: 'area'; readonly field: FieldId; readonly def: FieldDefinition; readonly columns: readonly { readonly column: number; readonly options: NormaliseOptions }[] }
  | { readonly kind: 'levels'; readonly field: FieldId; readonly def: FieldDefinition; readonly columns: readonly { readonly column: number; readonly level: number }[]; readonly options: NormaliseOptions };

export function planReaders(mapping: readonly ColumnMapping[], profile: Profile): FieldReader[] {
  const byField = new Map<FieldId, ColumnMapping[]>();
  for (const m of mapping) {
    if (m.status !== 'mapped' || m.field === undefined) continue;
    const list = byField.get(m.field);
    if (list) list.push(m);
    else byField.set(m.field, [m]);
  }
  const readers: FieldReader[] = [];
  for (const [field, columns] of byField) {
    const def = fieldDefinition(field);
    const optionsOf = (m: ColumnMapping): NormaliseOptions => ({ unit: m.unit, defaultAreaUnit: profile.areaUnit });
    const first = columns[0];
    if (!first) continue;
    if (def.levels !== undefined && columns.some((m) => m.level !== undefined)) {
      const sorted = columns.map((m) => ({ column: m.column, level: m.level ?? 1 })).sort((a, b) => a.level - b.level);
      readers.push({ kind: 'levels', field, def, columns: sorted, options: optionsOf(first) });
    } else if (def.type === 'area' && columns.length > 1) {
      readers.push({ kind: 'area', field, def, columns: columns.map((m) => ({ column: m.column, options: optionsOf(m) })) });
    } else {
      readers.push({ kind: 'single', field, def, column: first.column, options: optionsOf(first) });
    }
  }
  return readers;
}

function levelText(cell: CellObject | undefined): string {
  const raw = cellRaw(cell);
  if (raw === undefined) return '';
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
}

/**
 * 违法类型一级 … 四级 → `一级/二级/…`. Trailing empty levels are dropped; an empty level before a
 * filled one stays as an empty segment (`/二级`), so a missing level 1 remains visible to rules.
 */
function joinLevels(texts: readonly string[]): string {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  return texts.slice(0, end).join('/');
}

export function readRow(row: readonly (CellObject | undefined)[], readers: readonly FieldReader[]): Partial<Record<FieldId, FieldValue>> {
  const values: Partial<Record<FieldId, FieldValue>> = {};
  for (const reader of readers) {
    let value: FieldValue | undefined;
    switch (reader.kind) {
      case 'single': {
        const raw = cellRaw(row[reader.column]);
        if (raw !== undefined) value = normaliseValue(reader.def, raw, reader.options);
        break;
      }
      case 'area':
        for (const { column, options } of reader.columns) {
          const raw = cellRaw(row[column]);
          if (raw !== undefined) value = mergeAreaValue(value, normaliseValue(reader.def, raw, options));
        }
        break;
      case 'levels': {
        const joined = joinLevels(reader.columns.map(({ column }) => levelText(row[column])));
        if (joined !== '') value = normaliseValue(reader.def, joined, reader.options);
        break;
      }
    }
    if (value !== undefined) values[reader.field] = value;
  }
  return values;
}
