import type { ActorRef } from '../domain/actor';
import { type GroupBy, NONE_LANE } from '../domain/find/lanes';
import type { Workshop } from '../domain/workshop';
import type { I18n } from './i18n-context';

/** A lane's name in words: the stage, the actor, the workshop's title, the priority… */
export function laneLabel(
  key: string,
  groupBy: GroupBy,
  { t, actorLabel }: Pick<I18n, 't' | 'actorLabel'>,
  names: { actors: ReadonlyMap<string, ActorRef>; workshops: ReadonlyMap<string, Workshop> },
): string {
  if (groupBy === 'none') return t('board.label');
  if (key === NONE_LANE) return t(`lane.none.${groupBy}`);
  switch (groupBy) {
    case 'stage':
      return t(`stage.${key as 'return'}`);
    case 'priority':
      return t(`priority.${key as 'high'}`);
    case 'response':
      return t(`response.${key as 'accepted'}`);
    case 'workshop':
      return names.workshops.get(key)?.title ?? t('history.deletedWorkshop');
    case 'actor':
    case 'lead_actor': {
      const actor = names.actors.get(key);
      return actor ? actorLabel(actor) : key;
    }
  }
}
