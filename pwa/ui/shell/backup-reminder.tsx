/** Placeholder: the reminder to back up (issue 5 item 5) is built under pwa/backup. */
export function BackupReminder() {
  return null;
}
