import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { useRemoveActor } from '../../queries/actor-queries';
import { useUndoLatestAction } from '../../queries/undo-context';
import { useToasts } from '../../ui/toast/toast-context';

/**
 * Removes a user actor and says so in a toast whose Undo takes the removal back (so do Ctrl+Z
 * and the toolbar's Undo). A promise chain rather than mutate callbacks, so the toast still
 * comes after the dialog has closed; failures are already reported once by the MutationCache.
 */
export function useActorRemoval() {
  const { t } = useI18n();
  const toasts = useToasts();
  const remove = useRemoveActor();
  const undoLatest = useUndoLatestAction();

  /** Resolves to true once the actor is removed, false when the write failed. */
  const removeActor = (actor: Actor): Promise<boolean> =>
    remove.mutateAsync(actor.id).then(
      () => {
        const undo = undoLatest();
        toasts.show({
          tone: 'info',
          message: t('actors.removed', { abbr: actor.abbr }),
          action: undo && { label: t('actors.undo'), onAction: undo },
        });
        return true;
      },
      () => false,
    );

  return { removeActor, isPending: remove.isPending };
}
