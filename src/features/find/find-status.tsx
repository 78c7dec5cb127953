import { useMemo } from 'react';
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
 * cards (a dashboard figure's door) that have left the board since are said too, with a link
 * to the archive: the board shows only cards on it, and a figure of the past counts archived
 * and deleted ones. The link sits outside the live region, which reads its text only.
 */
export function FindStatus() {
  const { t } = useI18n();
  const { view, visible } = useVisible();
  const ready =
    visible !== undefined && visible.status !== 'reading' && visible.status !== 'indexing';
  const cardsById = visible?.data.cardsById;
  const chosen = view.filter.cardIds;
  // Counted once per board or filter, not per render: a door can choose thousands of cards.
  const gone = useMemo(
    () => (ready && cardsById ? chosen.filter((id) => !cardsById.has(id)).length : 0),
    [ready, cardsById, chosen],
  );
  if (!visible) return null;
  const total = boardCardCount(visible.data);
  const empty = isEmptyFilter(view.filter);
  const noMatch = ready && !empty && visible.matched === 0;
  const count =
    visible.status === 'reading'
      ? t('filter.reading', { count: total })
      : visible.status === 'indexing'
        ? t('filter.indexing')
        : empty
          ? t('filter.all', { count: visible.total })
          : noMatch
            ? t('filter.noMatch', { total: visible.total })
            : t('filter.matched', { count: visible.matched, total: visible.total });
  const note = gone > 0 ? t('filter.chosenGone', { count: gone }) : null;
  // "No recommendation … matches." is a sentence already; "3 of 40 recommendations" is not.
  const message =
    note === null
      ? count
      : t(noMatch ? 'filter.sentences' : 'filter.countAndNote', { count, note });
  return (
    <>
      <p className={styles.status} role="status" aria-live="polite">
        {message}
      </p>
      {gone > 0 && (
        <a className={styles.status} href={ARCHIVE_HREF}>
          {t('filter.openArchive')}
        </a>
      )}
    </>
  );
}
