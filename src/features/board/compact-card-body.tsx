import type { ActionableRequirement } from '../../domain/actionable';
import type { ActorRef } from '../../domain/actor';
import type { DueStatus } from '../../domain/due-status';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import chips from './chips.module.css';
import styles from './compact-card-body.module.css';
import { MissingForAction } from './missing-for-action';

interface CompactCardBodyProps {
  card: Recommendation;
  actors: ReadonlyMap<string, ActorRef>;
  due: DueStatus;
  missing: readonly ActionableRequirement[];
}

/**
 * The compact card under its title, in one line: lead actor, due state, what is missing, then
 * as many tags as fit (the rest fade out at the card's edge; nothing is cut in code).
 */
export function CompactCardBody({ card, actors, due, missing }: CompactCardBodyProps) {
  const { t, formatDate, actorAbbr, actorName } = useI18n();
  const lead = card.leadActorId ? actors.get(card.leadActorId) : undefined;
  const tags = [
    ...card.stageIds.map((id) => ({ key: `stage:${id}`, text: t(`stage.${id}`), stage: id })),
    ...card.labels.map((text) => ({ key: `label:${text}`, text, stage: undefined })),
  ];
  return (
    <div className={styles.line}>
      <p className={styles.factText}>
        {card.leadActorId && (
          <span title={lead && actorName(lead)}>
            {t('card.leadActor', { actor: lead ? actorAbbr(lead) : card.leadActorId })}
          </span>
        )}
        {card.dueDate && (
          <span className={styles.due} data-due={due ?? 'later'}>
            {due ? t(`card.${due}`) : t('card.due', { date: formatDate(card.dueDate) })}
          </span>
        )}
      </p>
      <MissingForAction missing={missing} />
      {tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('board.compact.tags')}>
          {tags.map((tag) => (
            <li key={tag.key} className={`${chips.stage} ${styles.tag}`} data-stage={tag.stage}>
              {tag.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
