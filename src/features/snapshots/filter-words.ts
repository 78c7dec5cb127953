import type { ActorRef } from '../../domain/actor';
import type { BoardFilter } from '../../domain/find/board-filter';
import { filterChips } from '../../domain/find/filter-chips';
import type { Workshop } from '../../domain/workshop';
import type { I18n } from '../../i18n/i18n-context';

/**
 * The filter in words, for an export's title and a printout's header ("Response: Accepted ·
 * Stages: Return, Transit"); empty for no filter. Values of one kind are joined.
 */
export function filterWords(
  filter: BoardFilter,
  t: I18n['t'],
  names: {
    actors: ReadonlyMap<string, Pick<ActorRef, 'abbr'>>;
    workshops: readonly Pick<Workshop, 'id' | 'title'>[];
  },
): string {
  const parts = new Map<string, string[]>();
  const add = (field: string, value: string) =>
    parts.set(field, [...(parts.get(field) ?? []), value]);
  for (const chip of filterChips(filter)) {
    switch (chip.kind) {
      case 'workshop':
        add(
          t('field.workshopId'),
          names.workshops.find((w) => w.id === chip.value)?.title ?? chip.value,
        );
        break;
      case 'stage':
        add(t('field.stageIds'), t(`stage.${chip.value}`));
        break;
      case 'actor':
        add(
          t(chip.role === 'lead' ? 'field.leadActorId' : 'field.actorIds'),
          names.actors.get(chip.value)?.abbr ?? chip.value,
        );
        break;
      case 'response':
        add(t('field.response'), t(`response.${chip.value}`));
        break;
      case 'priority':
        add(
          t('field.priority'),
          chip.value === 'none' ? t('field.noPriority') : t(`priority.${chip.value}`),
        );
        break;
      case 'label':
        add(t('field.labels'), chip.value);
        break;
      case 'due':
        add(t('field.dueDate'), t(`snapshots.filter.due.${chip.value}`));
        break;
      case 'gcm':
        add(t('field.gcmObjectives'), String(chip.value));
        break;
      case 'sdg':
        add(t('field.sdgTargets'), chip.value);
        break;
      case 'not_actionable':
        add(t('snapshots.filter.notActionable'), t('snapshots.filter.yes'));
        break;
      case 'query':
        add(t('snapshots.filter.query'), `“${chip.value}”`);
        break;
    }
  }
  return [...parts]
    .map(([field, values]) => t('snapshots.filter.part', { field, values: values.join(', ') }))
    .join(' · ');
}
