import { isFieldId, type FieldId } from '../../shared/model/field-dictionary';
import { toHalfWidth } from '../../shared/model/text';
import type { ColumnMapping } from '../../shared/sheet/read-sheet';
import type { MappingRow, TubanLintDb } from '../db/schema';
import type { ColumnOverrides } from './sheet-job-types';

/**
 * A sheet's header set, as the key under which a user's correction of its mapping is remembered
 * (the `mappings` table): next month's export of the same system has the same header, so a
 * correction made once is applied again without asking.
 *
 * The key is every column's header text in column order (group and label joined as the reader
 * shows them), normalised so that what Excel shows alike is alike: full-width ASCII to half-width,
 * whitespace dropped, Latin letters lower-cased. Columns right of the last header text are data
 * without a header: how far the data reaches changes from month to month, so they are not part of
 * the key. A version prefix lets a later normalisation start afresh instead of misapplying old rows.
 */
export const HEADER_KEY_VERSION = 'h1';
const SEPARATOR = '\u241f';

export function normaliseHeaderText(header: string): string {
  return toHalfWidth(header).replace(/\s+/gu, '').toLowerCase();
}

/** The header texts a key is made of (trailing header-less columns dropped), normalised. */
export function headerSet(mapping: readonly Pick<ColumnMapping, 'header'>[]): string[] {
  const texts = mapping.map((m) => normaliseHeaderText(m.header));
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  return texts.slice(0, end);
}

export function headerKey(mapping: readonly Pick<ColumnMapping, 'header'>[]): string {
  return `${HEADER_KEY_VERSION}${SEPARATOR}${headerSet(mapping).join(SEPARATOR)}`;
}

/**
 * A stored row's corrections as the reader takes them. Rows come from IndexedDB (and from restored
 * backups): a column that is not a whole number, or a field id this version no longer knows, is
 * dropped rather than trusted.
 */
export function overridesOf(row: Pick<MappingRow, 'columns'>): ColumnOverrides {
  const out: Record<number, FieldId | null> = {};
  for (const [key, field] of Object.entries(row.columns)) {
    const column = Number(key);
    if (!Number.isInteger(column) || column < 0) continue;
    if (field === null) out[column] = null;
    else if (typeof field === 'string' && isFieldId(field)) out[column] = field;
  }
  return out;
}

/** Remembered corrections by header key, loaded once per job (the table holds a handful of rows). */
export type RememberedMappings = ReadonlyMap<string, ColumnOverrides>;

export async function loadRememberedMappings(db: TubanLintDb): Promise<RememberedMappings> {
  const rows = await db.mappings.toArray();
  return new Map(rows.map((row) => [row.headerKey, overridesOf(row)]));
}

/**
 * Remembers the user's correction of a header set, replacing an earlier one; no corrections left
 * (every column back to what was detected) forgets the header set instead. One transaction.
 */
export async function rememberMapping(db: TubanLintDb, mapping: readonly Pick<ColumnMapping, 'header'>[], columns: ColumnOverrides, at: string): Promise<void> {
  const key = headerKey(mapping);
  const stored: Record<string, FieldId | null> = {};
  for (const [column, field] of Object.entries(columns)) stored[column] = field;
  if (Object.keys(stored).length === 0) {
    await db.mappings.delete(key);
    return;
  }
  await db.mappings.put({ headerKey: key, headers: mapping.map((m) => m.header), columns: stored, updatedAt: at });
}

export async function forgetMapping(db: TubanLintDb, key: string): Promise<void> {
  await db.mappings.delete(key);
}
