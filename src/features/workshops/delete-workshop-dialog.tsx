import type { Workshop, WorkshopRemoval } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { DeleteWorkshopForm } from './delete-workshop-form';

interface DeleteWorkshopDialogProps {
  boardId: string;
  /** The workshop to delete; null keeps the dialog closed. */
  workshop: Workshop | null;
  otherWorkshops: readonly Workshop[];
  pending: boolean;
  onConfirm: (workshop: Workshop, removal: WorkshopRemoval, target?: Workshop) => void;
  onClose: () => void;
}

export function DeleteWorkshopDialog({
  boardId,
  workshop,
  otherWorkshops,
  pending,
  onConfirm,
  onClose,
}: DeleteWorkshopDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={workshop !== null}
      onClose={onClose}
      title={t('workshops.deleteDialog.title')}
      closeLabel={t('dialog.close')}
    >
      {workshop && (
        <DeleteWorkshopForm
          boardId={boardId}
          workshop={workshop}
          otherWorkshops={otherWorkshops}
          pending={pending}
          onConfirm={(removal, target) => onConfirm(workshop, removal, target)}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
