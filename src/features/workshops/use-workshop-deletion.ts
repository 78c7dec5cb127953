import type { Workshop, WorkshopRemoval } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import {
  useRemoveWorkshop,
  useRestoreWorkshop,
  type WorkshopRemovalUndo,
} from '../../queries/workshop-queries';
import { useToasts } from '../../ui/toast/toast-context';

const short = (title: string) => truncateGraphemes(title, 80);

/**
 * Deletes a workshop and offers the undo in a toast until reload. The promise chains (rather
 * than mutate callbacks) keep working after the dialog that started them has closed; failures
 * are already reported once by the MutationCache.
 */
export function useWorkshopDeletion(boardId: string) {
  const { t } = useI18n();
  const toasts = useToasts();
  const remove = useRemoveWorkshop(boardId);
  const restore = useRestoreWorkshop(boardId);

  const deletedMessage = (workshop: Workshop, undo: WorkshopRemovalUndo, target?: Workshop) => {
    const params = { title: short(workshop.title), count: undo.recommendationIds.length };
    if (params.count === 0) return t('workshops.deleted', params);
    if (undo.action === 'move' && target) {
      return t('workshops.deletedMoved', { ...params, target: short(target.title) });
    }
    if (undo.action === 'delete') return t('workshops.deletedWithCards', params);
    return t('workshops.deletedDetached', params);
  };

  const undoDeletion = (workshop: Workshop, undo: WorkshopRemovalUndo) =>
    restore.mutateAsync(undo).then(
      () =>
        toasts.show({
          tone: 'info',
          message: t('workshops.restored', { title: short(workshop.title) }),
        }),
      () => undefined,
    );

  /** Resolves to true once the workshop is deleted, false when the write failed. */
  const deleteWorkshop = (
    workshop: Workshop,
    removal: WorkshopRemoval,
    target?: Workshop,
  ): Promise<boolean> =>
    remove.mutateAsync({ id: workshop.id, removal }).then(
      (undo) => {
        toasts.show({
          tone: 'info',
          message: deletedMessage(workshop, undo, target),
          action: { label: t('workshops.undo'), onAction: () => void undoDeletion(workshop, undo) },
        });
        return true;
      },
      () => false,
    );

  return { deleteWorkshop, isPending: remove.isPending };
}
