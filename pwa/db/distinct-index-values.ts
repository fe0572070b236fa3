import type { TubanLintDb } from './schema';

/**
 * The distinct values of an items index by skip-scan: one single-key read per value, each starting
 * just past the previous one. Chromium's `nextunique` cursor (Dexie's uniqueKeys) walks every entry:
 * ~0.5 s for 100,000 items against ~25 ms for this (measured in Chromium 156, 20 towns).
 */
export async function distinctIndexValues(db: TubanLintDb, index: 'town' | 'unit'): Promise<string[]> {
  const values: string[] = [];
  let next = await db.items.orderBy(index).limit(1).keys();
  while (next[0] !== undefined) {
    const value = next[0];
    if (typeof value === 'string') values.push(value);
    next = await db.items.where(index).above(value).limit(1).keys();
  }
  return values;
}
