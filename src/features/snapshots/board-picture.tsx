import { countActionProgress } from '../../domain/action-progress';
import { actorDirectory } from '../../domain/actor';
import { sortByRank } from '../../domain/ordering';
import type { Recommendation } from '../../domain/recommendation';
import type { SnapshotData } from '../../domain/snapshot';
import { useI18n } from '../../i18n/i18n-context';
import styles from './board-picture.module.css';

export interface BoardPictureProps {
  data: SnapshotData;
  /** The cards to show, in board order. */
  cards: readonly Recommendation[];
  title: string;
  filterWords: string;
  date: string;
  /** 'print' lays cards out for paper; 'image' shows the columns side by side, as the board. */
  layout: 'print' | 'image';
}

/**
 * The board as a printout or a picture shows it: a header (board, filter, date) and every card
 * of every column, none left out by the screen's virtualising. Card text is text, never HTML.
 */
export function BoardPicture({ data, cards, title, filterWords, date, layout }: BoardPictureProps) {
  const { t, formatDate, columnName } = useI18n();
  const actors = actorDirectory(data.actors);
  const workshops = new Map(data.workshops.map((workshop) => [workshop.id, workshop]));
  const progress = countActionProgress(data.actionItems);
  const columns = sortByRank(data.columns.filter((column) => column.deletedAt === null));
  return (
    <div className={styles.picture} data-layout={layout}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.meta}>
          {filterWords || t('snapshots.print.wholeBoard')} · {date} ·{' '}
          {t('snapshots.print.count', { count: cards.length })}
        </p>
      </header>
      <div className={styles.columns}>
        {columns.map((column) => {
          const inColumn = cards.filter((card) => card.columnId === column.id);
          return (
            <section key={column.id} className={styles.column}>
              <h2 className={styles.columnName}>
                {columnName(column)} ({inColumn.length})
              </h2>
              {inColumn.map((card) => {
                const workshop = card.workshopId ? workshops.get(card.workshopId) : undefined;
                const items = progress.get(card.id);
                const lead = card.leadActorId ? actors.get(card.leadActorId) : undefined;
                return (
                  <article key={card.id} className={styles.card}>
                    <h3 className={styles.cardTitle}>{card.title || card.text}</h3>
                    {card.title && <p className={styles.cardText}>{card.text}</p>}
                    <dl className={styles.details}>
                      <dt>{t('field.response')}</dt>
                      <dd>{t(`response.${card.response}`)}</dd>
                      {workshop && (
                        <>
                          <dt>{t('field.workshopId')}</dt>
                          <dd>{workshop.title}</dd>
                        </>
                      )}
                      {lead && (
                        <>
                          <dt>{t('field.leadActorId')}</dt>
                          <dd>{lead.abbr}</dd>
                        </>
                      )}
                      {card.dueDate && (
                        <>
                          <dt>{t('field.dueDate')}</dt>
                          <dd>{formatDate(card.dueDate)}</dd>
                        </>
                      )}
                      {card.stageIds.length > 0 && (
                        <>
                          <dt>{t('field.stageIds')}</dt>
                          <dd>{card.stageIds.map((id) => t(`stage.${id}`)).join(', ')}</dd>
                        </>
                      )}
                      {items && (
                        <>
                          <dt>{t('actions.title')}</dt>
                          <dd>{`${items.done}/${items.total}`}</dd>
                        </>
                      )}
                    </dl>
                  </article>
                );
              })}
            </section>
          );
        })}
      </div>
    </div>
  );
}
