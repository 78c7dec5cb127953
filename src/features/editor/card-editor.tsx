import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { useBoardLayout } from '../../queries/board-queries';
import { useRecommendation } from '../../queries/card-queries';
import { Dialog } from '../../ui/dialog';
import { CardEditorForm } from './card-editor-form';

export type EditorTarget = { mode: 'edit'; cardId: string } | { mode: 'create'; columnId?: string };

interface CardEditorProps {
  boardId: string;
  target: EditorTarget;
  onClose: () => void;
  /** After a create, the editor stays open on the new card, for its action items and notes. */
  onCreated: (cardId: string) => void;
}

/** The card editor dialog: every field of a recommendation, its action items, notes and history. */
export function CardEditor({ boardId, target, onClose, onCreated }: CardEditorProps) {
  const { t } = useI18n();
  const { data: board } = useBoardLayout(boardId);
  const cardId = target.mode === 'edit' ? target.cardId : null;
  // A card on the board opens at once, in the dialog's first frame: the board holds it, kept
  // current by every write. An archived one (not on the board) is read first.
  const onBoard = cardId === null ? undefined : board?.cardsById.get(cardId);
  const card = useRecommendation(boardId, cardId ?? '', cardId !== null, onBoard);
  const loaded: Recommendation | null | undefined = cardId === null ? null : card.data;
  const title = target.mode === 'create' ? t('editor.newTitle') : t('editor.editTitle');
  if (card.error) throw card.error;
  return (
    <Dialog open onClose={onClose} title={title} closeLabel={t('dialog.close')} size="large">
      {board && loaded !== undefined ? (
        <CardEditorForm
          key={loaded?.id ?? 'new'}
          boardId={boardId}
          card={loaded}
          initialColumnId={
            (target.mode === 'create' && target.columnId) || board.flowColumns[0]?.id || ''
          }
          columns={[...board.flowColumns, ...board.closedColumns]}
          onClose={onClose}
          onCreated={onCreated}
        />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </Dialog>
  );
}
