import type { ActivityEvent } from '../../domain/activity-event';
import type { JournalEntry } from '../../domain/journal';
import { type ActionWording, actionWords } from '../../i18n/action-words';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import type { LegacyNames } from '../../queries/activity-queries';

type Translate = I18n['t'];

/** A field an old "edited" event names, in words; a field no longer known, as it was stored. */
function fieldName(field: string, t: Translate): string {
  const key = `field.${field}`;
  const words = t(key as MessageKey);
  return words === key ? field : words;
}

/** An event kept from before the journal, in words, naming its card and columns. */
export function legacyText(event: ActivityEvent, names: LegacyNames, i18n: ActionWording): string {
  const { t } = i18n;
  const title = names.cards[event.recommendationId] ?? t('activity.unknownCard');
  const column = (id: string) => {
    const name = names.columns[id];
    return name === undefined ? t('history.deletedColumn') : i18n.columnName({ id, name });
  };
  switch (event.type) {
    case 'created':
      return t('activity.legacy.created', { title, column: column(event.columnId) });
    case 'moved':
      return t('activity.legacy.moved', {
        title,
        from: column(event.fromColumnId),
        to: column(event.toColumnId),
      });
    case 'edited':
      return t('activity.legacy.edited', {
        title,
        fields: event.fields.map((field) => fieldName(field, t)).join(', '),
      });
    case 'note_added':
      return t('action.note.added', { title });
    case 'action_added':
      return t('activity.legacy.itemAdded', { title });
    case 'action_done':
      return t(event.done ? 'activity.legacy.itemTicked' : 'activity.legacy.itemUnticked', {
        title,
      });
    case 'archived':
      return t('action.card.archived', { title });
    case 'restored':
      return t('action.card.restored', { title });
    case 'deleted':
      return t('action.card.deleted', { title });
  }
}

/** What a journal entry did, in words, as the activity page lists it. */
export function entryText(entry: JournalEntry, names: LegacyNames, i18n: ActionWording): string {
  if (entry.legacy) return legacyText(entry.legacy, names, i18n);
  return actionWords(entry.action, i18n, entry.revertedAction);
}

/** Who made a change, when it was not a person's own action; null for theirs. */
export function originText(entry: JournalEntry, t: Translate): string | null {
  return entry.origin === 'user' ? null : t(`activity.origin.${entry.origin}`);
}
