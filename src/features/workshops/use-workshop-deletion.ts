import type { Workshop, WorkshopRemoval } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { useUndoLatestAction } from '../../queries/undo-context';
import { useRemoveWorkshop } from '../../queries/workshop-queries';
import { useToasts } from '../../ui/toast/toast-context';

const short = (title: string) => truncateGraphemes(title, 80);

/**
 * Deletes a workshop and says what happened to its recommendations in a toast whose Undo takes
 * all of it back (so do Ctrl+Z and the toolbar's Undo). The promise chain (rather than mutate
 * callbacks) keeps working after the dialog that started it has closed; failures are already
 * reported once by the MutationCache.
 */
export function useWorkshopDeletion() {
  const { t } = useI18n();
  const toasts = useToasts();
  const remove = useRemoveWorkshop();
  const undoLatest = useUndoLatestAction();

  const deletedMessage = (
    workshop: Workshop,
    removal: WorkshopRemoval,
    count: number,
    target?: Workshop,
  ) => {
    const params = { title: short(workshop.title), count };
    if (count === 0) return t('workshops.deleted', params);
    if (removal.recommendations === 'move' && target) {
      return t('workshops.deletedMoved', { ...params, target: short(target.title) });
    }
    if (removal.recommendations === 'delete') return t('workshops.deletedWithCards', params);
    return t('workshops.deletedDetached', params);
  };

  /** Resolves to true once the workshop is deleted, false when the write failed. */
  const deleteWorkshop = (
    workshop: Workshop,
    removal: WorkshopRemoval,
    target?: Workshop,
  ): Promise<boolean> =>
    remove.mutateAsync({ id: workshop.id, removal }).then(
      (count) => {
        const undo = undoLatest();
        toasts.show({
          tone: 'info',
          message: deletedMessage(workshop, removal, count, target),
          action: undo && { label: t('workshops.undo'), onAction: undo },
        });
        return true;
      },
      () => false,
    );

  return { deleteWorkshop, isPending: remove.isPending };
}
