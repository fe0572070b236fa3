import { backupReminderDue, readBackupStatus } from '../../backup/index';
import { appDb } from '../database';
import { useLiveQuery } from '../use-live-query';
import '../backup/backup.css';

/**
 * The reminder to back up (issue 5 item 5): shown when the ledger changed since the last backup and
 * that backup is 7 days old, or there never was one.
 */
export function BackupReminder() {
  const status = useLiveQuery(() => readBackupStatus(appDb()), []).value;
  if (!status || !backupReminderDue(status, new Date())) return null;
  const days = status.lastBackupAt === undefined ? undefined : Math.floor((Date.now() - Date.parse(status.lastBackupAt)) / 86_400_000);
  return (
    <div class="backup-reminder" role="status" data-backup-reminder>
      <span>
        {days === undefined ? '台账还从未备份' : `距上次备份已 ${days} 天`}，其后有 {status.changesSince} 处改动。数据只存在本机浏览器中，请下载备份存放到别处。
      </span>
      <a href="#/backup">去备份</a>
    </div>
  );
}
