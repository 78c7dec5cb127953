import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useDeviceSettings, useSetDeviceSetting } from '../../queries/settings-queries';
import styles from './settings-page.module.css';

/**
 * The one-key shortcuts this switch turns off, as features/shortcuts/shortcut-registry.ts
 * defines them (a feature does not import another; its test keeps the two lists together).
 */
export const SWITCHABLE_SHORTCUTS = [
  ['/', 'search'],
  ['n', 'new_card'],
  ['t', 'triage'],
  ['?', 'help'],
] as const;

/**
 * The one-key shortcuts (/ n t ?) can be turned off on this device (WCAG 2.1.4): speech input
 * types words that would trigger them, and so can a brushed key.
 */
export function ShortcutSettings() {
  const { t } = useI18n();
  const headingId = useId();
  const keysId = useId();
  const hintId = useId();
  const { data: settings } = useDeviceSettings();
  const { mutate: setSingleKeys } = useSetDeviceSetting('singleKeyShortcuts');
  // The box shows the choice at once: the cached setting follows a moment later, and a
  // controlled checkbox would otherwise spring back in between.
  const [choosing, setChoosing] = useState<boolean | null>(null);
  if (!settings) return null;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('settings.shortcuts.title')}</h3>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={choosing ?? settings.singleKeyShortcuts}
          aria-describedby={`${keysId} ${hintId}`}
          onChange={(event) => {
            const on = event.target.checked;
            setChoosing(on);
            setSingleKeys(on, { onSettled: () => setChoosing(null) });
          }}
        />
        {t('settings.shortcuts.singleKeys')}
      </label>
      <ul id={keysId} className={styles.keys}>
        {SWITCHABLE_SHORTCUTS.map(([key, id]) => (
          <li key={id}>
            {/* The key as printed on the keycap, whatever the language of the page. */}
            <kbd lang="en">{key}</kbd> {t(`shortcuts.action.${id}`)}
          </li>
        ))}
      </ul>
      <p id={hintId} className={styles.hint}>
        {t('settings.shortcuts.hint')}
      </p>
    </section>
  );
}
