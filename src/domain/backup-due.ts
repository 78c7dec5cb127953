import { daysBetween } from '../lib/dates';

/**
 * Whether to remind the person to download a backup: when the last one is older than the
 * chosen number of days or, with no backup yet, when the board itself is that old.
 */
export function isBackupDue(options: {
  lastBackupAt: string | null;
  boardCreatedAt: string;
  reminderDays: number;
  today: string;
}): boolean {
  const since = (options.lastBackupAt ?? options.boardCreatedAt).slice(0, 10);
  return daysBetween(since, options.today) >= options.reminderDays;
}
