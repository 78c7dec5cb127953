import { useState } from 'react';
import { isBackupDue } from '../../domain/backup-due';
import { useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { useBoardInfo } from '../../queries/board-info-queries';
import { useDeviceSettings, useDownloadBackup } from '../../queries/settings-queries';
import { Button } from '../../ui/button';
import styles from './backup-reminder.module.css';

/** A gentle, dismissible reminder to download a backup when the last one is getting old. */
export function BackupReminder({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const { data: settings } = useDeviceSettings();
  const { data: board } = useBoardInfo(boardId);
  const download = useDownloadBackup();
  const [dismissed, setDismissed] = useState(false);
  if (!settings || !board || dismissed) return null;
  const due = isBackupDue({
    lastBackupAt: settings.lastBackupAt,
    boardCreatedAt: board.createdAt,
    reminderDays: settings.backupReminderDays,
    today: todayCalendarDate(),
  });
  if (!due) return null;
  return (
    <aside className={styles.reminder} aria-label={t('backup.reminderLabel')}>
      <p className={styles.text}>
        {settings.lastBackupAt
          ? t('backup.reminder', { days: settings.backupReminderDays })
          : t('backup.reminderNever')}
      </p>
      <Button variant="primary" onClick={() => download.mutate()} disabled={download.isPending}>
        {t('backup.download')}
      </Button>
      <Button variant="quiet" onClick={() => setDismissed(true)}>
        {t('backup.later')}
      </Button>
    </aside>
  );
}
