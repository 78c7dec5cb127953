import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { parseLocalizedInteger } from '../../lib/numbers';
import {
  useDeviceSettings,
  useDownloadBackup,
  useSetBackupReminderDays,
} from '../../queries/settings-queries';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import styles from './settings-page.module.css';

export function BackupSettings() {
  const { t, formatInstant } = useI18n();
  const { data: settings } = useDeviceSettings();
  const download = useDownloadBackup();
  const setSetting = useSetBackupReminderDays();
  const [days, setDays] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!settings) return null;

  const saveDays = () => {
    const value = parseLocalizedInteger(days ?? '');
    if (!(value >= 1 && value <= 365)) return setError(t('settings.backup.daysInvalid'));
    setError(undefined);
    setSetting.mutate(value, { onSuccess: () => setDays(null) });
  };

  return (
    <section className={styles.card} aria-labelledby="backup-heading">
      <h3 id="backup-heading">{t('settings.backup.title')}</h3>
      <p>{t('settings.backup.intro')}</p>
      <p data-testid="last-backup">
        {settings.lastBackupAt
          ? t('settings.backup.last', { time: formatInstant(settings.lastBackupAt) })
          : t('settings.backup.never')}
      </p>
      <Button variant="primary" onClick={() => download.mutate()} disabled={download.isPending}>
        {t('backup.download')}
      </Button>
      <form
        className={styles.inline}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          saveDays();
        }}
      >
        <FormField
          label={t('settings.backup.days')}
          hint={t('settings.backup.daysHint')}
          error={error}
        >
          <input
            inputMode="numeric"
            value={days ?? String(settings.backupReminderDays)}
            onChange={(event) => setDays(event.target.value)}
          />
        </FormField>
        <Button type="submit">{t('dialog.save')}</Button>
      </form>
    </section>
  );
}
