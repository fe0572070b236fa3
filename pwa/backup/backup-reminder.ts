import type { TubanLintDb } from '../db/schema';

/** The settings key holding the time (ISO) of the last backup. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** Remind once the last backup is this old and the ledger changed since. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupStatus {
  /** ISO time of the last backup; undefined = never backed up. */
  readonly lastBackupAt?: string;
  /** ISO time of the newest ledger change (event); undefined = no change ever. */
  readonly latestChangeAt?: string;
  /** Ledger changes (events) newer than the last backup. */
  readonly changesSince: number;
}

/** When to remind: the ledger has changes newer than the last backup, and that backup is 7 days old or there is none. */
export function backupReminderDue(status: BackupStatus, now: Date): boolean {
  if (status.latestChangeAt === undefined) return false;
  if (status.lastBackupAt === undefined) return true;
  if (status.latestChangeAt <= status.lastBackupAt) return false;
  const last = Date.parse(status.lastBackupAt);
  return Number.isNaN(last) || now.getTime() - last >= BACKUP_REMINDER_DAYS * DAY_MS;
}

export async function readLastBackupAt(db: TubanLintDb): Promise<string | undefined> {
  const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The figures the reminder needs, read through the `at` index (cheap with 100,000 items). */
export async function readBackupStatus(db: TubanLintDb): Promise<BackupStatus> {
  return db.transaction('r', [db.settings, db.events], async () => {
    const lastBackupAt = await readLastBackupAt(db);
    const latestChangeAt = (await db.events.orderBy('at').last())?.at;
    const changesSince = lastBackupAt === undefined ? await db.events.count() : await db.events.where('at').above(lastBackupAt).count();
    return {
      ...(lastBackupAt !== undefined ? { lastBackupAt } : {}),
      ...(latestChangeAt !== undefined ? { latestChangeAt } : {}),
      changesSince,
    };
  });
}
