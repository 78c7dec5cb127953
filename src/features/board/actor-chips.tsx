import type { ActorRef } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import styles from './chips.module.css';

interface ActorChipsProps {
  actorIds: readonly string[];
  leadActorId: string | null;
  actors: ReadonlyMap<string, ActorRef>;
}

/** Responsible actors by abbreviation, the lead first and emphasised; full names on hover. */
export function ActorChips({ actorIds, leadActorId, actors }: ActorChipsProps) {
  const { t, actorAbbr, actorName } = useI18n();
  if (actorIds.length === 0) return null;
  const ordered = leadActorId
    ? [leadActorId, ...actorIds.filter((id) => id !== leadActorId)]
    : actorIds;
  return (
    <ul className={styles.chips} aria-label={t('card.actors')}>
      {ordered.map((id) => {
        const actor = actors.get(id);
        const abbr = actor ? actorAbbr(actor) : id;
        const isLead = id === leadActorId;
        return (
          <li
            key={id}
            className={styles.actor}
            data-lead={isLead}
            title={actor && actorName(actor)}
          >
            {isLead ? t('card.leadActor', { actor: abbr }) : abbr}
          </li>
        );
      })}
    </ul>
  );
}
