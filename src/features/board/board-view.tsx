import { useMemo } from 'react';
import { actorDirectory } from '../../domain/actor';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { useBoardLayout } from '../../queries/board-queries';
import { BoardColumn } from './board-column';
import styles from './board-view.module.css';

export function BoardView({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const { data, error } = useBoardLayout(boardId);
  const actors = useMemo(() => actorDirectory([]), []);
  if (error) throw error;
  if (!data) return <p className={styles.loading}>{t('app.loading')}</p>;

  const cardsOf = (columnId: string): Recommendation[] =>
    (data.cardIdsByColumn[columnId] ?? []).flatMap((id) => {
      const card = data.cardsById.get(id);
      return card ? [card] : [];
    });

  return (
    <section className={styles.board} aria-label={t('board.label')}>
      {data.cardsById.size === 0 && (
        <div className={styles.emptyNotice}>
          <h2>{t('board.empty.title')}</h2>
          <p>{t('board.empty.body')}</p>
        </div>
      )}
      <div className={styles.lanes}>
        <div className={styles.flow}>
          {data.flowColumns.map((column) => (
            <BoardColumn
              key={column.id}
              column={column}
              cards={cardsOf(column.id)}
              workshopsById={data.workshopsById}
              actors={actors}
            />
          ))}
        </div>
        {data.closedColumns.length > 0 && (
          <section className={styles.closed} aria-label={t('board.closedColumns')}>
            {data.closedColumns.map((column) => (
              <BoardColumn
                key={column.id}
                column={column}
                cards={cardsOf(column.id)}
                workshopsById={data.workshopsById}
                actors={actors}
              />
            ))}
          </section>
        )}
      </div>
    </section>
  );
}
