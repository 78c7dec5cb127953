import { useId, useState } from 'react';
import { useI18n } from './i18n-context';
import styles from './language-switch.module.css';
import { setLocale } from './locale-store';
import { isLocale, type Locale, SUPPORTED_LOCALES } from './messages';

/**
 * The interface language of this device. Each language is named in its own script (and
 * marked with its `lang`), so a person who cannot read the current one still finds theirs.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [loading, setLoading] = useState(false);
  // The language that could not be loaded (its chunk, offline before it was ever cached).
  const [failed, setFailed] = useState<Locale | null>(null);
  const choose = (value: string) => {
    if (!isLocale(value) || value === locale) return;
    setLoading(true);
    setFailed(null);
    setLocale(value)
      .catch(() => setFailed(value))
      .finally(() => setLoading(false));
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
      {failed && (
        <span role="alert" className={styles.failed}>
          {t('language.failed', { language: t(`language.name.${failed}`) })}
        </span>
      )}
    </span>
  );
}
