import type { ActorRef } from '../../domain/actor';
import { type GroupBy, NONE_LANE } from '../../domain/find/lanes';
import type { Workshop } from '../../domain/workshop';
import type { I18n } from '../../i18n/i18n-context';

/** A lane heading's words, as the board names its lanes. */
export function laneName(
  key: string,
  groupBy: GroupBy,
  { t, actorLabel }: Pick<I18n, 't' | 'actorLabel'>,
  actors: ReadonlyMap<string, ActorRef>,
  workshops: ReadonlyMap<string, Workshop>,
): string {
  if (key === NONE_LANE && groupBy !== 'none') return t(`lane.none.${groupBy}`);
  switch (groupBy) {
    case 'none':
      return t('table.label');
    case 'stage':
      return t(`stage.${key as 'return'}`);
    case 'priority':
      return t(`priority.${key as 'high'}`);
    case 'response':
      return t(`response.${key as 'accepted'}`);
    case 'workshop':
      return workshops.get(key)?.title ?? t('history.deletedWorkshop');
    case 'actor':
    case 'lead_actor': {
      const actor = actors.get(key);
      return actor ? actorLabel(actor) : key;
    }
  }
}
