import { useI18n } from '../../i18n/i18n-context';
import { BackupSettings } from './backup-settings';
import styles from './settings-page.module.css';
import { StorageSettings } from './storage-settings';

/** Device settings: where the data lives, how safe it is, and backups. */
export function SettingsPage() {
  const { t } = useI18n();
  return (
    <section className={styles.page} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <StorageSettings />
      <BackupSettings />
    </section>
  );
}
