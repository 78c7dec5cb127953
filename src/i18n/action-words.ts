import type { ActionLabel } from '../domain/journal';
import type { I18n } from './i18n-context';

export type ActionWording = Pick<I18n, 't' | 'columnName' | 'boardName'>;

/**
 * Labels store a column's name as it was, with its id beside it (`column` and `columnOf`…):
 * a built-in column's name is then shown in the reader's language, as the board shows it.
 */
const COLUMN_PARAMS = [
  ['column', 'columnOf'],
  ['name', 'nameOf'],
  ['target', 'targetOf'],
] as const;

function shownParams(action: ActionLabel, { columnName, boardName }: ActionWording) {
  const { params } = action;
  const shown = { ...params };
  if (action.kind === 'board.created' && typeof params.name === 'string') {
    shown.name = boardName({ name: params.name });
    return shown;
  }
  for (const [nameParam, idParam] of COLUMN_PARAMS) {
    const name = params[nameParam];
    const id = params[idParam];
    if (typeof name === 'string' && typeof id === 'string') {
      shown[nameParam] = columnName({ id, name });
    }
  }
  return shown;
}

/**
 * What an action was, in the reader's language: "Moved “Empower embassies…” to In progress".
 * An undo or redo names the action it took back or made again.
 */
export function actionWords(
  action: ActionLabel,
  wording: ActionWording,
  reverted?: ActionLabel,
): string {
  if ((action.kind === 'undo' || action.kind === 'redo') && reverted) {
    return wording.t(`action.${action.kind}`, { action: actionWords(reverted, wording) });
  }
  return wording.t(`action.${action.kind}`, shownParams(action, wording));
}
