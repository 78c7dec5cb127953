import { boardCardCount } from '../../domain/board-layout';
import { isEmptyFilter } from '../../domain/find/filter-chips';
import { useI18n } from '../../i18n/i18n-context';
import { useVisible } from '../../queries/visible-board-context';
import styles from './filter-bar.module.css';

/** The archive's address: a hash route, as the app's routes are (app/use-hash-route.ts). */
const ARCHIVE_HREF = '#/archive';

/**
 * "12 of 200 recommendations", or why the count is not known yet: a filter needs every card,
 * and while only the board's first screen is read it says so rather than count wrong. Chosen
 * cards (a dashboard figure's door) that have left the board since are said too: the board
 * shows only cards on it, and a figure of the past counts archived and deleted ones.
 */
export function FindStatus() {
  const { t } = useI18n();
  const { view, visible } = useVisible();
  if (!visible) return null;
  const total = boardCardCount(visible.data);
  const ready = visible.status !== 'reading' && visible.status !== 'indexing';
  const message =
    visible.status === 'reading'
      ? t('filter.reading', { count: total })
      : visible.status === 'indexing'
        ? t('filter.indexing')
        : isEmptyFilter(view.filter)
          ? t('filter.all', { count: visible.total })
          : visible.matched === 0
            ? t('filter.noMatch', { total: visible.total })
            : t('filter.matched', { count: visible.matched, total: visible.total });
  const { cardsById } = visible.data;
  const gone = ready ? view.filter.cardIds.filter((id) => !cardsById.has(id)).length : 0;
  return (
    <p className={styles.status} role="status" aria-live="polite">
      {message}
      {gone > 0 && (
        <>
          {' '}
          {t('filter.chosenGone', { count: gone })}{' '}
          <a href={ARCHIVE_HREF}>{t('filter.openArchive')}</a>
        </>
      )}
    </p>
  );
}
