import Dexie, { type IndexableType, type Table } from 'dexie';
import { SCHEMA_VERSION, type SettingRow, type TubanLintDb } from '../db/schema';
import { writeBackupFile, type BackupHeader } from './backup-file';
import { LAST_BACKUP_KEY } from './backup-reminder';
import { databaseTableNames, isBackupTableName } from './backup-tables';
import { blobToBase64, canonicalJson, collectBlobs } from './canonical-json';

/** Rows read per request while taking the snapshot: bounded memory per step, few round trips. */
const PAGE_ROWS = 2000;

export interface BackupOptions {
  /** The backup's time (ISO); now when absent. */
  readonly at?: string;
}

export interface CreatedBackup {
  readonly blob: Blob;
  /** A file name for the download, with the backup's local date and time. */
  readonly fileName: string;
  readonly createdAt: string;
  readonly counts: BackupHeader['counts'];
  readonly checksum: string;
}

/** A row as read: its canonical text, or the row itself while its Blobs still have to be read. */
export type SnapshotRow = string | { readonly row: unknown; readonly blobs: readonly Blob[] };

function keyPathOf(table: Table): string | string[] {
  const keyPath = table.schema.primKey.keyPath;
  // Every table keeps its key in the row (`++id`, `&key`): restore puts rows back with their keys.
  if (keyPath === null || keyPath === undefined) throw new Error(`备份不支持主键在行外的数据表 ${table.name}`);
  return keyPath;
}

/** All rows of a table in primary-key order, a page at a time (inside the caller's transaction). */
async function readTable(table: Table, onRow: (row: unknown) => void): Promise<void> {
  const keyPath = keyPathOf(table);
  let after: IndexableType | undefined;
  for (;;) {
    const page: unknown[] = after === undefined ? await table.toCollection().limit(PAGE_ROWS).toArray() : await table.where(':id').above(after).limit(PAGE_ROWS).toArray();
    for (const row of page) onRow(row);
    const last = page.at(-1);
    if (page.length < PAGE_ROWS || last === undefined) return;
    after = Dexie.getByKeyPath(last as object, keyPath) as IndexableType;
  }
}

function snapshotRow(row: unknown): SnapshotRow {
  const blobs = collectBlobs(row);
  return blobs.length === 0 ? canonicalJson(row) : { row, blobs };
}

async function rowTexts(rows: readonly SnapshotRow[]): Promise<string[]> {
  const texts: string[] = [];
  for (const row of rows) {
    if (typeof row === 'string') {
      texts.push(row);
      continue;
    }
    const base64Of = new Map<Blob, string>();
    for (const blob of row.blobs) base64Of.set(blob, await blobToBase64(blob));
    texts.push(canonicalJson(row.row, base64Of));
  }
  return texts;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function backupFileName(createdAt: string): string {
  const d = new Date(createdAt);
  return `图斑校核备份-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.json`;
}

/**
 * A full backup of every table of the database (the list comes from the database itself) as one
 * JSON file, read in ONE read transaction so it is a consistent snapshot. The time of the backup is
 * recorded as the `lastBackupAt` setting afterwards; the file already holds that setting, so a
 * restore of it gives exactly the database as it is once the backup is made.
 */
export async function createBackup(db: TubanLintDb, options: BackupOptions = {}): Promise<CreatedBackup> {
  const createdAt = options.at ?? new Date().toISOString();
  const snapshot = await takeSnapshot(db, createdAt);

  const tables: { name: string; rows: string[] }[] = [];
  for (const [name, rows] of snapshot) {
    tables.push({ name, rows: await rowTexts(rows) });
    snapshot.delete(name);
  }
  const { blob, header, checksum } = await writeBackupFile({ schemaVersion: SCHEMA_VERSION, createdAt, tables });
  await db.settings.put({ key: LAST_BACKUP_KEY, value: createdAt });
  return { blob, fileName: backupFileName(createdAt), createdAt, counts: header.counts, checksum };
}

/**
 * Every table's rows in ONE read transaction (a consistent snapshot), the settings with the backup's
 * own time as lastBackupAt. Shared by the JSON backup and the .zip backup (zip-backup.ts).
 */
export async function takeSnapshot(db: TubanLintDb, createdAt: string): Promise<Map<string, SnapshotRow[]>> {
  const names = databaseTableNames(db);
  const unlisted = names.filter((name) => !isBackupTableName(name));
  if (unlisted.length > 0) throw new Error(`backup-tables.ts does not list the table(s) ${unlisted.join(', ')}`);
  return db.transaction('r', db.tables, async () => {
    const tables = new Map<string, SnapshotRow[]>();
    for (const name of names) {
      const table = db.table(name);
      const rows: SnapshotRow[] = [];
      if (name === 'settings') {
        // The backup's own time, as it will stand once the backup is made (settings are few).
        const settings = ((await table.toArray()) as SettingRow[]).filter((s) => s.key !== LAST_BACKUP_KEY);
        settings.push({ key: LAST_BACKUP_KEY, value: createdAt });
        settings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        for (const row of settings) rows.push(snapshotRow(row));
      } else {
        await readTable(table, (row) => rows.push(snapshotRow(row)));
      }
      tables.set(name, rows);
    }
    return tables;
  });
}
