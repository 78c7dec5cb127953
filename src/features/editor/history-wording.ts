import type { ActivityEvent } from '../../domain/activity-event';
import type { ActorRef } from '../../domain/actor';
import type { HistoryField, HistoryLine } from '../../domain/card-history';
import type { SetAsideLine } from '../../domain/set-aside-lines';
import type { I18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';

/** What the wording needs to turn ids into words. */
export interface HistoryNames {
  t: I18n['t'];
  formatDate: I18n['formatDate'];
  actorAbbr: I18n['actorAbbr'];
  columnName: (id: string) => string;
  workshopTitle: (id: string) => string | undefined;
  actors: ReadonlyMap<string, ActorRef>;
}

const quote = (value: string) => `“${truncateGraphemes(value, 120)}”`;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String(item)) : [];

/** An actor's abbreviation in the reader's language (its id when it is gone). */
function actorWord(id: string, names: HistoryNames): string {
  const actor = names.actors.get(id);
  return actor ? names.actorAbbr(actor) : id;
}

/** A stored value of a field, in words. */
function valueWords(field: HistoryField, value: unknown, names: HistoryNames): string {
  const { t } = names;
  const none = t('field.none');
  if (value === null || value === undefined || value === '') return none;
  const list = (items: string[]) => (items.length === 0 ? none : items.join(', '));
  switch (field) {
    case 'columnId':
      return names.columnName(String(value));
    case 'workshopId':
      return names.workshopTitle(String(value)) ?? t('history.deletedWorkshop');
    case 'response':
      return t(`response.${String(value) as 'accepted'}`);
    case 'priority':
      return t(`priority.${String(value) as 'high'}`);
    case 'dueDate':
      return names.formatDate(String(value));
    case 'stageIds':
      return list(strings(value).map((id) => t(`stage.${id as 'return'}`)));
    case 'actorIds':
      return list(strings(value).map((id) => actorWord(id, names)));
    case 'leadActorId':
      return actorWord(String(value), names);
    case 'gcmObjectives':
      return list(strings(value).map((n) => t('field.gcmShort', { n })));
    case 'sdgTargets':
    case 'labels':
      return list(strings(value));
    default:
      return quote(String(value));
  }
}

/** A value of the version a merge set aside: "Set aside: Due date: 30 Jun 2027". */
export function setAsideWords(line: SetAsideLine, names: HistoryNames): string {
  const { t } = names;
  if (line.kind === 'item')
    return t('history.setAside', { field: t('actions.title'), value: quote(line.text) });
  if (line.field === 'archivedAt' || line.field === 'deletedAt') {
    const state =
      line.field === 'archivedAt'
        ? line.value
          ? 'archived'
          : 'unarchived'
        : line.value
          ? 'deleted'
          : 'restored';
    return t('history.setAsideState', { state: t(`history.${state}`) });
  }
  return t('history.setAside', {
    field: t(`field.${line.field}`),
    value: valueWords(line.field, line.value, names),
  });
}

/** One line of a card's history, in words: "Due date: 31 Mar 2027 → 30 Jun 2027". */
export function lineWords(line: HistoryLine, names: HistoryNames): string {
  const { t } = names;
  switch (line.kind) {
    case 'created':
      return t('history.created', { column: names.columnName(String(line.columnId)) });
    case 'erased':
      return t('history.erased');
    case 'reordered':
      return t('history.reordered');
    case 'field':
      if (line.field === 'archivedAt') {
        return t(line.after ? 'history.archived' : 'history.unarchived');
      }
      if (line.field === 'deletedAt') return t(line.after ? 'history.deleted' : 'history.restored');
      return t('history.changed', {
        field: t(`field.${line.field}`),
        before: valueWords(line.field, line.before, names),
        after: valueWords(line.field, line.after, names),
      });
    case 'itemAdded':
      return t('history.itemAdded', { text: quote(line.text) });
    case 'itemRemoved':
      return t('history.itemRemoved', { text: quote(line.text) });
    case 'itemDone':
      return t(line.done ? 'history.itemDone' : 'history.itemReopened', { text: quote(line.text) });
    case 'itemText':
      return t('history.itemText', { before: quote(line.before), after: quote(line.after) });
    case 'itemOwner':
      return t('history.itemOwner', {
        text: quote(line.text),
        before: line.before === null ? t('field.none') : actorWord(line.before, names),
        after: line.after === null ? t('field.none') : actorWord(line.after, names),
      });
    case 'itemDue':
      return t('history.itemDue', {
        text: quote(line.text),
        before: line.before === null ? t('field.none') : names.formatDate(line.before),
        after: line.after === null ? t('field.none') : names.formatDate(line.after),
      });
    case 'itemsReordered':
      return t('history.itemsReordered');
    case 'noteAdded':
      return t('history.noteAdded', { text: quote(line.text) });
    case 'noteRemoved':
      return t('history.noteRemoved', { text: quote(line.text) });
  }
}

/** An event kept from before the journal (schema v4), worded as the old history was. */
export function legacyWords(event: ActivityEvent, names: HistoryNames): string {
  const { t } = names;
  switch (event.type) {
    case 'created':
      return t('history.created', { column: names.columnName(event.columnId) });
    case 'moved':
      return t('history.moved', {
        from: names.columnName(event.fromColumnId),
        to: names.columnName(event.toColumnId),
      });
    case 'edited':
      return t('history.editedFields', {
        fields: event.fields
          .map((field) => t(`field.${field as HistoryField & 'title'}`))
          .join(', '),
      });
    case 'note_added':
      return t('history.noteAddedLegacy');
    case 'action_added':
      return t('history.itemAddedLegacy');
    case 'action_done':
      return t(event.done ? 'history.itemDoneLegacy' : 'history.itemReopenedLegacy');
    case 'archived':
      return t('history.archived');
    case 'restored':
      return t('history.restored');
    case 'deleted':
      return t('history.deleted');
  }
}
