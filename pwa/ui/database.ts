import { TubanLintDb } from '../db/schema';

/**
 * The page's one database connection. A test or a second page of the same origin opens the same
 * IndexedDB database; Dexie tells live queries in every context about each other's writes.
 */
let db: TubanLintDb | undefined;

export function appDb(): TubanLintDb {
  db ??= new TubanLintDb();
  return db;
}
