import { memo, useId } from 'react';
import type { ActorRef } from '../../domain/actor';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { ActorChips } from './actor-chips';
import styles from './recommendation-card.module.css';
import { StageChips } from './stage-chips';

interface RecommendationCardProps {
  card: Recommendation;
  workshop: Workshop | undefined;
  actors: ReadonlyMap<string, ActorRef>;
}

/** One recommendation on the board. Text is rendered as text, never as HTML. */
export const RecommendationCard = memo(function RecommendationCard({
  card,
  workshop,
  actors,
}: RecommendationCardProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <article className={styles.card} aria-labelledby={titleId} data-card-id={card.id}>
      <h3 id={titleId} className={styles.title}>
        {truncateGraphemes(displayTitle(card), 140)}
      </h3>
      <p className={styles.workshop}>
        <span className="visually-hidden">{t('card.workshop')}: </span>
        {workshop ? workshop.title : t('card.noWorkshop')}
      </p>
      <StageChips stageIds={card.stageIds} />
      <ActorChips actorIds={card.actorIds} leadActorId={card.leadActorId} actors={actors} />
    </article>
  );
});
