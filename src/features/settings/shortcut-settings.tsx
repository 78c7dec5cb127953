import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useDeviceSettings, useSetDeviceSetting } from '../../queries/settings-queries';
import styles from './settings-page.module.css';

/**
 * The one-key shortcuts (/ n t ?) can be turned off on this device (WCAG 2.1.4): speech input
 * types words that would trigger them, and so can a brushed key.
 */
export function ShortcutSettings() {
  const { t } = useI18n();
  const headingId = useId();
  const hintId = useId();
  const { data: settings } = useDeviceSettings();
  const { mutate: setSingleKeys } = useSetDeviceSetting('singleKeyShortcuts');
  if (!settings) return null;
  return (
    <section className={styles.card} aria-labelledby="shortcut-settings-heading">
      <h3 id={headingId}>{t('settings.shortcuts.title')}</h3>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={settings.singleKeyShortcuts}
          aria-describedby={hintId}
          onChange={(event) => setSingleKeys(event.target.checked)}
        />
        {t('settings.shortcuts.singleKeys')}
      </label>
      <p id={hintId} className={styles.hint}>
        {t('settings.shortcuts.hint')}
      </p>
    </section>
  );
}
