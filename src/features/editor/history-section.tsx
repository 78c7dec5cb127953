import type { ActivityEvent } from '../../domain/activity-event';
import type { Column } from '../../domain/column';
import type { RecommendationField } from '../../domain/recommendation-edit';
import { type I18n, useI18n } from '../../i18n/i18n-context';
import { useCardHistory } from '../../queries/card-detail-queries';
import styles from './card-editor.module.css';

const FIELDS: readonly RecommendationField[] = [
  'workshopId',
  'text',
  'title',
  'raisedBy',
  'response',
  'columnId',
  'stageIds',
  'actorIds',
  'leadActorId',
  'gcmObjectives',
  'sdgTargets',
  'priority',
  'dueDate',
  'labels',
];

function describeEvent(
  event: ActivityEvent,
  t: I18n['t'],
  columnName: (id: string) => string,
): string {
  switch (event.type) {
    case 'created':
      return t('history.created', { column: columnName(event.columnId) });
    case 'moved':
      return t('history.moved', {
        from: columnName(event.fromColumnId),
        to: columnName(event.toColumnId),
      });
    case 'edited':
      return t('history.edited', {
        fields: event.fields
          .map((field) =>
            FIELDS.includes(field as RecommendationField)
              ? t(`field.${field as RecommendationField}`)
              : field,
          )
          .join(', '),
      });
    case 'note_added':
      return t('history.noteAdded');
    case 'action_added':
      return t('history.actionAdded');
    case 'action_done':
      return t(event.done ? 'history.actionDone' : 'history.actionReopened');
    default:
      return t(`history.${event.type}`);
  }
}

/** The card's activity log, newest first, with times in the viewer's time zone. */
export function HistorySection({
  boardId,
  cardId,
  columns,
}: {
  boardId: string;
  cardId: string;
  columns: readonly Column[];
}) {
  const { t, formatInstant } = useI18n();
  const { data: events = [] } = useCardHistory(boardId, cardId);
  const columnName = (id: string) =>
    columns.find((column) => column.id === id)?.name ?? t('history.deletedColumn');
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <h3 id="history-heading" className={styles.sectionTitle}>
        {t('history.title')}
      </h3>
      <ol className={styles.history}>
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.createdAt} className={styles.muted}>
              {formatInstant(event.createdAt)}
            </time>{' '}
            {describeEvent(event, t, columnName)}
          </li>
        ))}
      </ol>
    </section>
  );
}
