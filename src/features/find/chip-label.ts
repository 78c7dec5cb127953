import type { ActorRef } from '../../domain/actor';
import type { FilterChip } from '../../domain/find/filter-chips';
import type { Workshop } from '../../domain/workshop';
import type { I18n } from '../../i18n/i18n-context';

/** What a filter chip says: "Stage: Return", "Lead: MoEWOE", "Overdue", "“banks”". */
export function chipLabel(
  chip: FilterChip,
  { t, actorAbbr, term }: Pick<I18n, 't' | 'actorAbbr' | 'term'>,
  names: { actors: ReadonlyMap<string, ActorRef>; workshops: ReadonlyMap<string, Workshop> },
): string {
  switch (chip.kind) {
    case 'workshop':
      return t('filter.chip.workshop', {
        value: names.workshops.get(chip.value)?.title ?? t('history.deletedWorkshop'),
      });
    case 'stage':
      return t('filter.chip.stage', { value: t(`stage.${chip.value}`) });
    case 'actor': {
      const actor = names.actors.get(chip.value);
      return t(chip.role === 'lead' ? 'filter.chip.lead' : 'filter.chip.actor', {
        value: actor ? actorAbbr(actor) : chip.value,
      });
    }
    case 'response':
      return t('filter.chip.response', { value: t(`response.${chip.value}`) });
    case 'priority':
      return chip.value === 'none' ? t('field.noPriority') : t(`priority.${chip.value}`);
    case 'label':
      return t('filter.chip.label', { value: chip.value });
    case 'due':
      return t(`filter.due.${chip.value}`);
    case 'gcm':
      return t('field.gcmShort', { n: chip.value });
    case 'sdg':
      return t('filter.chip.sdg', { value: term(`sdg.${chip.value}.code`, chip.value) });
    case 'not_actionable':
      return t('filter.notActionable');
    case 'query':
      return t('filter.chip.query', { value: chip.value });
    case 'cards':
      return t('filter.chip.cards', { count: chip.value });
  }
}
