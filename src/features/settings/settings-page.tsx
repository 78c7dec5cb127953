import { useI18n } from '../../i18n/i18n-context';
import { LanguageSwitch } from '../../i18n/language-switch';
import { BackupSettings } from './backup-settings';
import styles from './settings-page.module.css';
import { ShortcutSettings } from './shortcut-settings';
import { StorageSettings } from './storage-settings';

/** Device settings: where the data lives, how safe it is, and backups. */
export function SettingsPage() {
  const { t } = useI18n();
  return (
    <section className={styles.page} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <section className={styles.card} aria-labelledby="language-heading">
        <h3 id="language-heading">{t('language.settingsTitle')}</h3>
        <p>{t('language.settingsHint')}</p>
        <LanguageSwitch />
      </section>
      <ShortcutSettings />
      <StorageSettings />
      <BackupSettings />
    </section>
  );
}
