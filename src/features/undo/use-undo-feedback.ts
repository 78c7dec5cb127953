import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useUndoStack } from '../../queries/undo-context';
import type { UndoOutcome } from '../../queries/undo-stack';
import { useToasts } from '../../ui/toast/toast-context';
import { actionLabel } from './action-label';

/**
 * Says what every undo and redo did, in a toast (a polite live region, so screen readers hear
 * it too): "Undone: Moved …", or why nothing was done.
 */
export function useUndoFeedback(): void {
  const { t } = useI18n();
  const toasts = useToasts();
  const stack = useUndoStack();
  useEffect(() => {
    const message = (outcome: UndoOutcome): string => {
      switch (outcome.kind) {
        case 'done':
          return t(`${outcome.direction}.done`, { action: actionLabel(outcome.action, t) });
        case 'empty':
          return t(`${outcome.direction}.empty`);
        case 'stale':
          return t('undo.stale', { action: actionLabel(outcome.action, t) });
        case 'conflict':
          return t(`${outcome.direction}.conflict`, { thing: t(`undo.thing.${outcome.table}`) });
      }
    };
    return stack.onOutcome((outcome) =>
      toasts.show({
        tone: outcome.kind === 'conflict' ? 'error' : 'info',
        message: message(outcome),
      }),
    );
  }, [stack, t, toasts]);
}
