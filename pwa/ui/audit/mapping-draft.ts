import { FIELD_DEFINITIONS, isFieldId, type FieldId, type FieldSection } from '../../../shared/model/field-dictionary';
import type { ColumnMapping } from '../../../shared/sheet/read-sheet';
import type { ColumnOverrides } from '../../audit/sheet-job-types';

/**
 * The mapping table's edits: the corrections the shown results were read with, changed column by
 * column by the user, sent with the next run and remembered for the header set.
 */

/** The select's value for a column as read: '' = not read. A duplicate shows its field (it is not read either; its status says so). */
export function selectValue(column: ColumnMapping): string {
  return column.status === 'unmapped' || column.field === undefined ? '' : column.field;
}

/** The user chose `value` ('' = 不读取) for `column`. */
export function withChoice(draft: ColumnOverrides, column: number, value: string): ColumnOverrides {
  const choice: FieldId | null = value !== '' && isFieldId(value) ? value : null;
  return { ...draft, [column]: choice };
}

export function sameOverrides(a: ColumnOverrides, b: ColumnOverrides): boolean {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.hasOwn(b, k) && a[Number(k)] === b[Number(k)]);
}

/** What the select of a column shows when a draft choice exists, else what was read. */
export function draftValue(column: ColumnMapping, draft: ColumnOverrides): string {
  if (!Object.hasOwn(draft, column.column)) return selectValue(column);
  return draft[column.column] ?? '';
}

export interface FieldGroup {
  readonly label: string;
  readonly fields: readonly { readonly field: FieldId; readonly label: string }[];
}

const SECTION_LABEL: Readonly<Record<FieldSection, string>> = { issued: '下发属性', filled: '填报属性', mineral: '矿产' };

/** Every field of the dictionary by section, labelled with its preferred label (the select's options). */
export const FIELD_GROUPS: readonly FieldGroup[] = (['issued', 'filled', 'mineral'] as const).map((section) => ({
  label: SECTION_LABEL[section],
  fields: FIELD_DEFINITIONS.filter((d) => d.section === section).map((d) => ({ field: d.id, label: d.labels[0] ?? d.id })),
}));
