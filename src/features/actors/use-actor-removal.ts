import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { useRemoveActor, useRestoreActor } from '../../queries/actor-queries';
import { useToasts } from '../../ui/toast/toast-context';

/**
 * Removes a user actor and offers the undo in a toast until reload. Promise chains rather than
 * mutate callbacks, so the undo still reports back after the dialog has closed; failures are
 * already reported once by the MutationCache.
 */
export function useActorRemoval(boardId: string) {
  const { t } = useI18n();
  const toasts = useToasts();
  const remove = useRemoveActor(boardId);
  const restore = useRestoreActor(boardId);

  /** Resolves to true once the actor is removed, false when the write failed. */
  const removeActor = (actor: Actor): Promise<boolean> =>
    remove.mutateAsync(actor.id).then(
      (undo) => {
        const undoRemoval = () =>
          restore.mutateAsync(undo).then(
            () =>
              toasts.show({ tone: 'info', message: t('actors.restored', { abbr: actor.abbr }) }),
            () => undefined,
          );
        toasts.show({
          tone: 'info',
          message: t('actors.removed', { abbr: actor.abbr }),
          action: { label: t('actors.undo'), onAction: () => void undoRemoval() },
        });
        return true;
      },
      () => false,
    );

  return { removeActor, isPending: remove.isPending };
}
