import { todayLocal } from '../shared/calendar/iso-days';
/** Exit code 2: the input, an argument or the profile could not be read. */
export const EXIT_UNREADABLE = 2;

/** One Chinese sentence on stderr, never a stack trace; returns exit code 2. */
export function fail(message: string): number {
  process.stderr.write(`tuban-lint：${message}\n`);
  return EXIT_UNREADABLE;
}

/** Today's local date, YYYY-MM-DD (the default --as-of). */
export const today = todayLocal;
