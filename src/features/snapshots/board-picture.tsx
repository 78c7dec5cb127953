import { Fragment } from 'react';
import { type ActionProgress, countActionProgress } from '../../domain/action-progress';
import { type ActorRef, actorDirectory } from '../../domain/actor';
import { sortByRank } from '../../domain/ordering';
import type { Recommendation } from '../../domain/recommendation';
import type { SnapshotData } from '../../domain/snapshot';
import type { Workshop } from '../../domain/workshop';
import { type I18n, useI18n } from '../../i18n/i18n-context';
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
  const i18n = useI18n();
  const { t, columnName } = i18n;
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
                    <CardFacts
                      facts={cardFacts(card, { workshop, lead, items }, i18n)}
                      oneLine={layout === 'image'}
                    />
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

type Fact = readonly [label: string, value: string];

/** What a card's picture says besides its text: response, workshop, lead, due date, stages… */
function cardFacts(
  card: Recommendation,
  { workshop, lead, items }: { workshop?: Workshop; lead?: ActorRef; items?: ActionProgress },
  { t, formatDate, actorAbbr }: Pick<I18n, 't' | 'formatDate' | 'actorAbbr'>,
): Fact[] {
  const facts: Fact[] = [[t('field.response'), t(`response.${card.response}`)]];
  if (workshop) facts.push([t('field.workshopId'), workshop.title]);
  if (lead) facts.push([t('field.leadActorId'), actorAbbr(lead)]);
  if (card.dueDate) facts.push([t('field.dueDate'), formatDate(card.dueDate)]);
  if (card.stageIds.length > 0) {
    facts.push([t('field.stageIds'), card.stageIds.map((id) => t(`stage.${id}`)).join(', ')]);
  }
  if (items) facts.push([t('actions.title'), `${items.done}/${items.total}`]);
  return facts;
}

/**
 * A definition list on paper. In the image, one line: html-to-image copies every element's
 * computed style, so a 500-card picture drawn with a dl per card took twice as long.
 */
function CardFacts({ facts, oneLine }: { facts: readonly Fact[]; oneLine: boolean }) {
  const { t } = useI18n();
  if (oneLine) {
    return (
      <p className={styles.factsLine}>
        {facts.map(([label, value]) => t('snapshots.picture.fact', { label, value })).join(' · ')}
      </p>
    );
  }
  return (
    <dl className={styles.details}>
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
