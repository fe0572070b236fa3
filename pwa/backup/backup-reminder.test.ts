import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../ledger/ledger-test-helpers';
import { backupReminderDue, LAST_BACKUP_KEY, readBackupStatus } from './backup-reminder';
import { fillEveryTable } from './backup-test-helpers';
import { createBackup } from './create-backup';

const NOW = new Date('2024-03-01T12:00:00.000Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('backupReminderDue', () => {
  it('reminds when there are changes and no backup at all', () => {
    expect(backupReminderDue({ latestChangeAt: daysBefore(0), changesSince: 3 }, NOW)).toBe(true);
  });
  it('stays quiet with nothing in the ledger', () => {
    expect(backupReminderDue({ changesSince: 0 }, NOW)).toBe(false);
    expect(backupReminderDue({ lastBackupAt: daysBefore(30), changesSince: 0 }, NOW)).toBe(false);
  });
  it('reminds only when the last backup is 7 days old and changes came after it', () => {
    expect(backupReminderDue({ lastBackupAt: daysBefore(8), latestChangeAt: daysBefore(1), changesSince: 1 }, NOW)).toBe(true);
    expect(backupReminderDue({ lastBackupAt: daysBefore(7), latestChangeAt: daysBefore(1), changesSince: 1 }, NOW)).toBe(true);
    expect(backupReminderDue({ lastBackupAt: daysBefore(6.9), latestChangeAt: daysBefore(1), changesSince: 1 }, NOW)).toBe(false);
    expect(backupReminderDue({ lastBackupAt: daysBefore(30), latestChangeAt: daysBefore(31), changesSince: 0 }, NOW)).toBe(false);
  });
});

describe('readBackupStatus', () => {
  it('counts the changes since the last backup', async () => {
    const db = freshDb();
    try {
      expect(await readBackupStatus(db)).toEqual({ changesSince: 0 });
      await fillEveryTable(db);
      const events = await db.events.count();
      const latest = (await db.events.orderBy('at').last())?.at;
      expect(await readBackupStatus(db)).toEqual({ latestChangeAt: latest, changesSince: events });
      await createBackup(db, { at: '2024-02-01T00:00:00.000Z' });
      expect(await readBackupStatus(db)).toEqual({ lastBackupAt: '2024-02-01T00:00:00.000Z', latestChangeAt: latest, changesSince: 0 });
      await db.events.add({ itemId: 1, at: '2024-02-09T00:00:00.000Z', who: '王五', kind: 'transition', data: { kind: 'transition', from: '整改中', to: '待验收' } });
      const status = await readBackupStatus(db);
      expect(status.changesSince).toBe(1);
      expect(backupReminderDue(status, new Date('2024-02-09T01:00:00.000Z'))).toBe(true);
      expect(await db.settings.get(LAST_BACKUP_KEY)).toBeDefined();
    } finally {
      db.close();
      await db.delete();
    }
  });
});
