import type { TubanLintDb } from '../db/schema';

/**
 * Every table a backup carries, with the schema version that introduced it (pwa/db/schema.ts,
 * version history). A backup made at version n must hold exactly the tables introduced up to n;
 * the backup test fails when the database has a table that is not listed here, so a new table
 * cannot be left out of backups.
 */
export const BACKUP_TABLES = {
  items: { since: 1, label: '图斑台账' },
  events: { since: 1, label: '变更记录' },
  evidence: { since: 1, label: '证明材料' },
  imports: { since: 1, label: '导入记录' },
  settings: { since: 2, label: '设置' },
  mappings: { since: 2, label: '表头对应' },
  reviews: { since: 2, label: '复核对象' },
} as const satisfies Record<string, { readonly since: number; readonly label: string }>;

export type BackupTableName = keyof typeof BACKUP_TABLES;

export function isBackupTableName(name: string): name is BackupTableName {
  return Object.hasOwn(BACKUP_TABLES, name);
}

/** The tables a backup made at `schemaVersion` holds, sorted by name (the order they are written in). */
export function tablesAtVersion(schemaVersion: number): BackupTableName[] {
  return (Object.keys(BACKUP_TABLES) as BackupTableName[]).filter((name) => BACKUP_TABLES[name].since <= schemaVersion).sort();
}

/** The user's word for a table; the table's own name for one this build does not know. */
export function tableLabel(name: string): string {
  return isBackupTableName(name) ? BACKUP_TABLES[name].label : name;
}

/** The database's tables by name, sorted: the list comes from the database, not from this file. */
export function databaseTableNames(db: TubanLintDb): string[] {
  return db.tables.map((t) => t.name).sort();
}
