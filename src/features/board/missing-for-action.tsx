import type { ActionableRequirement } from '../../domain/actionable';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './missing-for-action.module.css';

/**
 * What a card lacks to be actionable (domain/actionable.ts), as small icons: each is named in
 * words for screen readers and on hover, never by its shape alone.
 */
export function MissingForAction({ missing }: { missing: readonly ActionableRequirement[] }) {
  const { t } = useI18n();
  if (missing.length === 0) return null;
  return (
    <ul className={styles.missing} aria-label={t('board.missing.label')}>
      {missing.map((requirement) => {
        const name = t(`board.missing.${requirement}`);
        return (
          <li key={requirement} className={styles.item} title={name}>
            {requirement === 'lead_actor' ? (
              <span className={styles.person} aria-hidden="true" />
            ) : (
              <Icon name={requirement === 'due_date' ? 'calendarClock' : 'listChecks'} size={14} />
            )}
            <span className="visually-hidden">{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
