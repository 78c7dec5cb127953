import { useId } from 'react';
import type { ActorRef } from '../../domain/actor';
import type { Column } from '../../domain/column';
import type { Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import styles from './board-column.module.css';
import { RecommendationCard } from './recommendation-card';

interface BoardColumnProps {
  column: Column;
  cards: readonly Recommendation[];
  workshopsById: ReadonlyMap<string, Workshop>;
  actors: ReadonlyMap<string, ActorRef>;
}

export function BoardColumn({ column, cards, workshopsById, actors }: BoardColumnProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className={styles.column} aria-labelledby={headingId} data-column-kind={column.kind}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.name}>
          {column.name}
        </h2>
        <span className={styles.count}>{t('column.cardCount', { count: cards.length })}</span>
      </header>
      {cards.length === 0 ? (
        <p className={styles.empty}>{t('column.empty')}</p>
      ) : (
        <ol className={styles.cards}>
          {cards.map((card) => (
            <li key={card.id}>
              <RecommendationCard
                card={card}
                workshop={card.workshopId ? workshopsById.get(card.workshopId) : undefined}
                actors={actors}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
