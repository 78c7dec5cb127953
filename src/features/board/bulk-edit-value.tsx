import type { Column } from '../../domain/column';
import { RESPONSES } from '../../domain/response';
import { STAGE_IDS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { useLiveActors } from '../../queries/actor-queries';
import type { BulkEdit } from '../../queries/use-bulk-edit';

export const BULK_OPERATIONS = [
  'move',
  'response',
  'addStage',
  'removeStage',
  'addActor',
  'removeActor',
  'addLabel',
  'removeLabel',
  'lead',
  'due',
  'archive',
] as const satisfies readonly BulkEdit['kind'][];
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

interface BulkEditValueProps {
  boardId: string;
  operation: BulkOperation;
  columns: readonly Column[];
  value: string;
  onChange: (value: string) => void;
  id?: string;
}

/** The value a bulk edit sets: a column, a response, a stage, an actor, a label or a date. */
export function BulkEditValue({ boardId, operation, columns, ...field }: BulkEditValueProps) {
  const { t, actorLabel, columnName } = useI18n();
  const actors = useLiveActors(boardId);
  const control = { id: field.id, value: field.value, required: operation !== 'lead' };
  const choose = (options: { value: string; label: string }[]) => (
    <select {...control} onChange={(event) => field.onChange(event.target.value)}>
      <option value="" disabled={operation !== 'lead'}>
        {operation === 'lead' ? t('board.bulk.noLead') : t('board.bulk.choose')}
      </option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  switch (operation) {
    case 'move':
      return choose(columns.map((column) => ({ value: column.id, label: columnName(column) })));
    case 'response':
      return choose(RESPONSES.map((id) => ({ value: id, label: t(`response.${id}`) })));
    case 'addStage':
    case 'removeStage':
      return choose(STAGE_IDS.map((id) => ({ value: id, label: t(`stage.${id}`) })));
    case 'addActor':
    case 'removeActor':
    case 'lead':
      return choose(actors.map((actor) => ({ value: actor.id, label: actorLabel(actor) })));
    case 'addLabel':
    case 'removeLabel':
      return (
        <input
          {...control}
          maxLength={60}
          onChange={(event) => field.onChange(event.target.value)}
        />
      );
    case 'due':
      return (
        <input
          {...control}
          type="date"
          required={false}
          onChange={(event) => field.onChange(event.target.value)}
        />
      );
    case 'archive':
      return null;
  }
}

/** The edit a form's operation and value make (a value already checked by the form). */
export function bulkEditOf(operation: BulkOperation, value: string): BulkEdit {
  switch (operation) {
    case 'move':
      return { kind: 'move', columnId: value };
    case 'response':
      return { kind: 'response', response: value as BulkEditResponse };
    case 'addStage':
    case 'removeStage':
      return { kind: operation, stageId: value as BulkEditStage };
    case 'addActor':
    case 'removeActor':
      return { kind: operation, actorId: value };
    case 'addLabel':
    case 'removeLabel':
      return { kind: operation, label: value };
    case 'lead':
      return { kind: 'lead', actorId: value || null };
    case 'due':
      return { kind: 'due', dueDate: value || null };
    case 'archive':
      return { kind: 'archive' };
  }
}

type BulkEditResponse = Extract<BulkEdit, { kind: 'response' }>['response'];
type BulkEditStage = Extract<BulkEdit, { kind: 'addStage' | 'removeStage' }>['stageId'];
