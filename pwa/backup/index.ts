// Backup and restore (issue 5 item 5): the whole database in one verified file, and back.
export { BACKUP_FORMAT, readBackup, writeBackupFile, type BackupContents, type BackupHeader, type BackupTableRows, type ReadBackupResult } from './backup-file';
export { BACKUP_REMINDER_DAYS, backupReminderDue, LAST_BACKUP_KEY, readBackupStatus, readLastBackupAt, type BackupStatus } from './backup-reminder';
export { BACKUP_TABLES, tableLabel, tablesAtVersion, type BackupTableName } from './backup-tables';
export { backupFileName, createBackup, type BackupOptions, type CreatedBackup } from './create-backup';
export { restoreBackup } from './restore-backup';
export { createZipBackup, isZipFile, readZipBackup, ZIP_BACKUP_FORMAT, type CreatedZipBackup } from './zip-backup';
export { askPersistence, estimateStorage, formatByteSize, requestPersistentStorage, type StorageManagerLike, type StorageUse } from './storage-persistence';
