import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { ActorForm } from './actor-form';

interface ActorFormDialogProps {
  boardId: string;
  open: boolean;
  /** The user actor to edit, or null to add one. */
  actor: Actor | null;
  onClose: () => void;
}

export function ActorFormDialog({ boardId, open, actor, onClose }: ActorFormDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={actor ? t('actors.form.editTitle') : t('actors.form.createTitle')}
      closeLabel={t('dialog.close')}
    >
      <ActorForm boardId={boardId} actor={actor} onDone={onClose} />
    </Dialog>
  );
}
