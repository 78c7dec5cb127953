import type { ActorRef } from '../../domain/actor';
import type { Column } from '../../domain/column';
import { PRIORITIES, RESPONSES } from '../../domain/response';
import type { I18n } from '../../i18n/i18n-context';
import type { EditorOption } from './cell-editor';
import type { EditableColumnId } from './cell-write';

/** The choices each editable column offers, in the order the board and editor list them. */
export function editorOptions(
  { t, actorLabel, columnName }: Pick<I18n, 't' | 'actorLabel' | 'columnName'>,
  columns: readonly Column[],
  actors: readonly ActorRef[],
): Record<EditableColumnId, EditorOption[]> {
  return {
    column: columns.map((column) => ({ value: column.id, label: columnName(column) })),
    response: RESPONSES.map((response) => ({ value: response, label: t(`response.${response}`) })),
    priority: [
      { value: '', label: t('table.noPriority') },
      ...PRIORITIES.map((priority) => ({ value: priority, label: t(`priority.${priority}`) })),
    ],
    dueDate: [],
    leadActor: [
      { value: '', label: t('table.noLead') },
      ...actors.map((actor) => ({ value: actor.id, label: actorLabel(actor) })),
    ],
  };
}
