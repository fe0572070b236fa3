import Dexie from 'dexie';
import { SCHEMA_VERSION, type TubanLintDb } from '../db/schema';
import { refuse, type LedgerResult } from '../ledger/ledger-common';
import type { BackupContents } from './backup-file';
import { tableLabel } from './backup-tables';
import { parseCanonicalRow } from './canonical-json';

/** Rows parsed and written per bulkAdd: the parsed rows of a 100,000-item table never sit in memory at once. */
const WRITE_ROWS = 1000;

/** Where a restore stopped, for the one sentence the user sees. */
class RestoreRowError extends Error {
  constructor(
    readonly table: string,
    readonly index: number,
    what: string,
  ) {
    super(`备份中“${tableLabel(table)}”第 ${index + 1} 条数据${what}`);
    this.name = 'RestoreRowError';
  }
}

/**
 * Replaces everything in the database by the backup, in ONE transaction: every table is cleared and
 * the backup's rows are added with their original primary keys, so ids, history and evidence bytes
 * are exactly as they were. Any failure aborts the transaction: the database is then untouched.
 * A backup from an older version lacks the tables added since; they end up empty, as after an
 * upgrade of that version's database.
 */
export async function restoreBackup(
  db: TubanLintDb,
  backup: BackupContents,
  options: { readonly onProgress?: (written: number, total: number) => void } = {},
): Promise<LedgerResult<{ counts: Record<string, number> }>> {
  if (backup.schemaVersion > SCHEMA_VERSION)
    return refuse('newer-version', `备份文件“${backup.fileName}”由较新版本的图斑校核创建（数据版本 ${backup.schemaVersion}），请先更新本程序再恢复。`);
  const known = new Set(db.tables.map((t) => t.name));
  const foreign = [...backup.tables.keys()].filter((name) => !known.has(name));
  if (foreign.length > 0) return refuse('unknown-tables', `备份文件“${backup.fileName}”含有本程序不认识的数据表：${foreign.join('、')}，不能用于恢复。`);

  const total = [...backup.tables.values()].reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  try {
    const counts = await db.transaction('rw', db.tables, async () => {
      const written: Record<string, number> = {};
      for (const table of db.tables) {
        await table.clear();
        const rows = backup.tables.get(table.name) ?? [];
        const keyPath = table.schema.primKey.keyPath;
        for (let start = 0; start < rows.length; start += WRITE_ROWS) {
          const batch = rows.slice(start, start + WRITE_ROWS).map((text, i) => {
            let row: unknown;
            try {
              row = parseCanonicalRow(text, backup.files);
            } catch {
              throw new RestoreRowError(table.name, start + i, '不是有效的数据');
            }
            if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new RestoreRowError(table.name, start + i, '不是有效的数据');
            if (keyPath !== null && keyPath !== undefined && Dexie.getByKeyPath(row, keyPath) === undefined) throw new RestoreRowError(table.name, start + i, '缺少编号');
            return row;
          });
          try {
            await table.bulkAdd(batch);
          } catch (error) {
            const failedAt = error instanceof Dexie.BulkError ? (Object.keys(error.failuresByPos).map(Number)[0] ?? 0) : 0;
            throw new RestoreRowError(table.name, start + failedAt, '无法写入（与其他数据冲突，如编号重复）');
          }
          done += batch.length;
          options.onProgress?.(done, total);
        }
        written[table.name] = rows.length;
      }
      return written;
    });
    return { ok: true as const, counts };
  } catch (error) {
    const where = error instanceof RestoreRowError ? `${error.message}，` : '';
    return refuse('restore-failed', `恢复失败：${where}本机原有数据未作任何改动。`);
  }
}
