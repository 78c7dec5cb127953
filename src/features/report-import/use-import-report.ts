import { truncateGraphemes } from '../../lib/text';
import { useUndoLatestAction } from '../../queries/undo-context';
import { useBoardWrite } from '../../queries/use-board-write';
import type { ReviewItem } from './review-items';
import type { WorkshopTarget } from './workshop-draft';

/** Stored fields' limits (domain/recommendation.ts): whole characters kept, never half of one. */
const RAISED_BY_MAX = 300;
const LOCATOR_MAX = 300;

export function importedCard(item: ReviewItem) {
  return {
    text: item.text.normalize('NFC').trim(),
    raisedBy: truncateGraphemes(item.raisedBy.normalize('NFC').trim(), RAISED_BY_MAX),
    sourceLocator: truncateGraphemes(item.locator, LOCATOR_MAX),
    stageIds: item.stageIds,
    actorIds: item.actorIds,
    leadActorId: item.leadActorId,
    gcmObjectives: item.gcmObjectives,
  };
}

/**
 * Adds the chosen candidates to triage as one action; resolves with the number added and the
 * undo of exactly that action (for the toast), or rejects (the MutationCache reports it).
 */
export function useImportReport(boardId: string) {
  const write = useBoardWrite(
    (repositories, input: { workshop: WorkshopTarget; items: readonly ReviewItem[] }) =>
      repositories.reportImport.importRecommendations(boardId, {
        workshop: input.workshop,
        cards: input.items.map(importedCard),
      }),
  );
  const undoLatest = useUndoLatestAction();
  const importItems = async (workshop: WorkshopTarget, items: readonly ReviewItem[]) => {
    const result = await write.mutateAsync({ workshop, items });
    return { count: result.cardIds.length, undo: undoLatest() };
  };
  return { importItems, isPending: write.isPending };
}
