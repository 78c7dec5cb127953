import type { ActorRef } from '../../domain/actor';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import type { I18n } from '../../i18n/i18n-context';
import type { TableColumnId } from './table-columns';

/** What the cells need to name what a card only refers to. */
export interface CellNames {
  i18n: Pick<I18n, 't' | 'formatDate' | 'formatInstant' | 'actorAbbr'>;
  columnNames: ReadonlyMap<string, string>;
  actors: ReadonlyMap<string, ActorRef>;
  workshops: ReadonlyMap<string, Workshop>;
}

/** A cell's text, always plain text (never HTML); empty when the card has no value. */
export function cellText(card: Recommendation, column: TableColumnId, names: CellNames): string {
  const { t, formatDate, formatInstant, actorAbbr } = names.i18n;
  switch (column) {
    case 'title':
      return displayTitle(card);
    case 'column':
      return names.columnNames.get(card.columnId) ?? '';
    case 'response':
      return t(`response.${card.response}`);
    case 'priority':
      return card.priority === null ? '' : t(`priority.${card.priority}`);
    case 'dueDate':
      return card.dueDate === null ? '' : formatDate(card.dueDate);
    case 'leadActor': {
      if (card.leadActorId === null) return '';
      const lead = names.actors.get(card.leadActorId);
      return lead ? actorAbbr(lead) : card.leadActorId;
    }
    case 'workshop':
      return card.workshopId === null ? '' : (names.workshops.get(card.workshopId)?.title ?? '');
    case 'updatedAt':
      return formatInstant(card.updatedAt);
  }
}
