import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { RemoveActorConfirmation } from './remove-actor-confirmation';

interface RemoveActorDialogProps {
  boardId: string;
  /** The user actor to remove; null keeps the dialog closed. */
  actor: Actor | null;
  pending: boolean;
  onConfirm: (actor: Actor) => void;
  onClose: () => void;
}

export function RemoveActorDialog({
  boardId,
  actor,
  pending,
  onConfirm,
  onClose,
}: RemoveActorDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={actor !== null}
      onClose={onClose}
      title={t('actors.removeDialog.title')}
      closeLabel={t('dialog.close')}
    >
      {actor && (
        <RemoveActorConfirmation
          boardId={boardId}
          actor={actor}
          pending={pending}
          onConfirm={() => onConfirm(actor)}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
