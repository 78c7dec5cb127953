import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { WorkshopForm } from './workshop-form';

interface WorkshopFormDialogProps {
  boardId: string;
  open: boolean;
  /** The workshop to edit, or null to create one. */
  workshop: Workshop | null;
  onClose: () => void;
}

/** The workshop form in a modal dialog; the form mounts afresh each time the dialog opens. */
export function WorkshopFormDialog({ boardId, open, workshop, onClose }: WorkshopFormDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={workshop ? t('workshops.form.editTitle') : t('workshops.form.createTitle')}
      closeLabel={t('dialog.close')}
      size="large"
    >
      <WorkshopForm boardId={boardId} workshop={workshop} onDone={onClose} />
    </Dialog>
  );
}
