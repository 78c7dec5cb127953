import type { ActionProgress } from '../../domain/action-progress';
import type { DueStatus } from '../../domain/due-status';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './card-meta.module.css';

interface CardMetaProps {
  card: Recommendation;
  due: DueStatus;
  progress: ActionProgress | undefined;
}

/** Response, priority, due date and action progress: each a word, never a colour alone. */
export function CardMeta({ card, due, progress }: CardMetaProps) {
  const { t, formatDate } = useI18n();
  return (
    <ul className={styles.meta}>
      <li className={styles.response} data-response={card.response}>
        {t(`response.${card.response}`)}
      </li>
      {card.priority && (
        <li className={styles.priority} data-priority={card.priority}>
          {t(`priority.${card.priority}`)}
        </li>
      )}
      {card.dueDate && (
        <li className={styles.due} data-due={due ?? 'later'}>
          <Icon name="calendarClock" size={14} />
          {t('card.due', { date: formatDate(card.dueDate) })}
          {due && <strong className={styles.flag}>{t(`card.${due}`)}</strong>}
        </li>
      )}
      {progress && progress.total > 0 && (
        <li className={styles.progress}>
          <Icon name="listChecks" size={14} />
          <span aria-hidden="true">
            {progress.done}/{progress.total}
          </span>
          <span className="visually-hidden">
            {t('card.actionProgress', { done: progress.done, total: progress.total })}
          </span>
        </li>
      )}
    </ul>
  );
}
