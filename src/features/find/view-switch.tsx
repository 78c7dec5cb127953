import type { View } from '../../domain/find/view-state';
import { useI18n } from '../../i18n/i18n-context';
import styles from './filter-bar.module.css';

/** The two ways to work through the same cards: the board, or a sortable table. */
const SWITCHABLE = ['board', 'table'] as const satisfies readonly View[];

export function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">{t('view.label')}</legend>
      {SWITCHABLE.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.switchButton}
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {t(`view.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
