import { useDeferredValue, useId, useState } from 'react';
import { displayTitle } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { foldForSearch } from '../../lib/text';
import { useArchivedRecommendations, useCardLifecycle } from '../../queries/card-queries';
import { Button } from '../../ui/button';
import styles from './archive-page.module.css';

/** Archived recommendations: off the board, still searchable, restorable in one click. */
export function ArchivePage({ boardId }: { boardId: string }) {
  const { t, formatInstant } = useI18n();
  const searchId = useId();
  const { data: archived = [] } = useArchivedRecommendations(boardId);
  const lifecycle = useCardLifecycle();
  const [query, setQuery] = useState('');
  const folded = foldForSearch(useDeferredValue(query));
  const shown = folded
    ? archived.filter((card) =>
        foldForSearch(`${card.title} ${card.text} ${card.raisedBy}`).includes(folded),
      )
    : archived;
  return (
    <section className={styles.page} aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('archive.title')}</h2>
      <p className={styles.muted}>{t('archive.intro')}</p>
      <label htmlFor={searchId} className={styles.searchLabel}>
        {t('archive.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className={styles.search}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className={styles.muted} role="status">
        {t('archive.count', { count: shown.length })}
      </p>
      <ul className={styles.list}>
        {shown.map((card) => (
          <li key={card.id} className={styles.item}>
            <div>
              <p className={styles.title}>{displayTitle(card)}</p>
              <p className={styles.muted}>
                {t('archive.archivedAt', {
                  time: formatInstant(card.archivedAt ?? card.updatedAt),
                })}
              </p>
            </div>
            <Button onClick={() => lifecycle.mutate({ id: card.id, action: 'unarchive' })}>
              {t('archive.restore')}
              <span className="visually-hidden">: {displayTitle(card)}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
