import { useId, useState } from 'react';
import { useI18n } from './i18n-context';
import styles from './language-switch.module.css';
import { setLocale } from './locale-store';
import { isLocale, SUPPORTED_LOCALES } from './messages';

/**
 * The interface language of this device. Each language is named in its own script (and
 * marked with its `lang`), so a person who cannot read the current one still finds theirs.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [loading, setLoading] = useState(false);
  const choose = (value: string) => {
    if (!isLocale(value) || value === locale) return;
    setLoading(true);
    void setLocale(value).finally(() => setLoading(false));
  };
  return (
    <span className={compact ? styles.compact : styles.full}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className={styles.select}
        value={locale}
        aria-busy={loading}
        onChange={(event) => choose(event.target.value)}
      >
        {SUPPORTED_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.name.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
