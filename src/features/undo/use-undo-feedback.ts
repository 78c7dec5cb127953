import { useEffect } from 'react';
import { actionWords } from '../../i18n/action-words';
import { useI18n } from '../../i18n/i18n-context';
import { useUndoStack } from '../../queries/undo-context';
import type { UndoOutcome } from '../../queries/undo-stack';
import { useToasts } from '../../ui/toast/toast-context';

/**
 * Each outcome's message, spelled whole: the first screen's words are the keys its code names
 * literally (scripts/split-messages.mjs), and a key built from the direction would be left with
 * the lazy pages, shown as its key until they load.
 */
const OUTCOME_KEYS = {
  undo: { done: 'undo.done', empty: 'undo.empty', conflict: 'undo.conflict' },
  redo: { done: 'redo.done', empty: 'redo.empty', conflict: 'redo.conflict' },
} as const;

/**
 * Says what every undo and redo did, in a toast (a polite live region, so screen readers hear
 * it too): "Undone: Moved …", or why nothing was done.
 */
export function useUndoFeedback(): void {
  const i18n = useI18n();
  const { t } = i18n;
  const toasts = useToasts();
  const stack = useUndoStack();
  useEffect(() => {
    const message = (outcome: UndoOutcome): string => {
      switch (outcome.kind) {
        case 'done':
          return t(OUTCOME_KEYS[outcome.direction].done, {
            action: actionWords(outcome.action, i18n),
          });
        case 'empty':
          return t(OUTCOME_KEYS[outcome.direction].empty);
        case 'stale':
          return t('undo.stale', { action: actionWords(outcome.action, i18n) });
        case 'conflict':
          return t(OUTCOME_KEYS[outcome.direction].conflict, {
            thing: t(`undo.thing.${outcome.table}`),
          });
      }
    };
    return stack.onOutcome((outcome) =>
      toasts.show({
        tone: outcome.kind === 'conflict' ? 'error' : 'info',
        message: message(outcome),
      }),
    );
  }, [stack, t, i18n, toasts]);
}
