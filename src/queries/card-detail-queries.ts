import { useQuery } from '@tanstack/react-query';
import type { ActionItemInput, ActionItemPatch } from '../domain/action-item-input';
import type { ProgressNoteInput } from '../domain/progress-note-input';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

export function useActionItems(boardId: string, cardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.actionItems(boardId, cardId),
    queryFn: () => repositories.actionItems.list(cardId),
  });
}

export function useProgressNotes(boardId: string, cardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.notes(boardId, cardId),
    queryFn: () => repositories.progressNotes.list(cardId),
  });
}

export function useCardHistory(boardId: string, cardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.history(boardId, cardId),
    queryFn: () => repositories.journal.listForCard(cardId),
  });
}

export type ActionItemChange =
  | { kind: 'create'; input: ActionItemInput }
  | { kind: 'update'; id: string; patch: ActionItemPatch }
  | { kind: 'move'; id: string; toIndex: number }
  | { kind: 'remove'; id: string };

/** Every change to a card's action items, through one mutation. */
export function useChangeActionItems(boardId: string, cardId: string) {
  return useBoardWrite(async (repositories, change: ActionItemChange): Promise<void> => {
    const items = repositories.actionItems;
    if (change.kind === 'create') await items.create(boardId, cardId, change.input);
    else if (change.kind === 'update') await items.update(change.id, change.patch);
    else if (change.kind === 'move') await items.move(change.id, change.toIndex);
    else await items.remove(change.id);
  });
}

export function useAddProgressNote(boardId: string, cardId: string) {
  return useBoardWrite((repositories, input: ProgressNoteInput) =>
    repositories.progressNotes.create(boardId, cardId, input),
  );
}
