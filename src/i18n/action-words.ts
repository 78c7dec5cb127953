import type { ActionLabel } from '../../domain/journal';
import type { I18n } from '../../i18n/i18n-context';

/** What an action was, in the reader's language: "Moved “Empower embassies…” to In progress". */
export function actionLabel(action: ActionLabel, t: I18n['t']): string {
  return t(`action.${action.kind}`, action.params);
}
