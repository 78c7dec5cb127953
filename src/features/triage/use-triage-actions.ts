import { useCallback } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import type { RecommendationPatch } from '../../domain/recommendation-edit';
import type { StageId } from '../../domain/taxonomy';
import { todayCalendarDate } from '../../lib/dates';
import { useAddProgressNote } from '../../queries/card-detail-queries';
import { useUpdateRecommendation } from '../../queries/card-queries';
import type { BoardData } from '../../queries/read-board-data';
import { useMoveCard } from '../../queries/use-move-card';
import type { TriageDecision } from './triage-log';

/** A decision before it is saved: a stage decision says which stage; toggling says add or remove. */
export type TriageRequest =
  | Exclude<TriageDecision, { kind: 'stage' } | { kind: 'skipped' }>
  | { kind: 'stage'; stageId: StageId };

/** The lead actor is one of the responsible actors (the card's rule): naming a lead adds it. */
function leadPatch(card: Recommendation, actorId: string): RecommendationPatch {
  return card.actorIds.includes(actorId)
    ? { leadActorId: actorId }
    : { leadActorId: actorId, actorIds: [...card.actorIds, actorId] };
}

/**
 * Saves one triage decision on `card` through the board's mutations: each is one journaled
 * write, so one Ctrl+Z undoes it. `onSaved` hears the decision once it is written (a move,
 * which the board shows at once, as soon as it is asked).
 */
export function useTriageActions(
  boardId: string,
  card: Recommendation | undefined,
  data: BoardData | undefined,
  onSaved: (cardId: string, decision: TriageDecision) => void,
) {
  const update = useUpdateRecommendation();
  const move = useMoveCard(boardId);
  const addNote = useAddProgressNote(boardId, card?.id ?? '');
  const { mutate: updateCard } = update;
  const { mutate: addProgressNote } = addNote;

  return useCallback(
    (request: TriageRequest) => {
      if (!card) return;
      const saved = (decision: TriageDecision) => () => onSaved(card.id, decision);
      const patch = (changes: RecommendationPatch, decision: TriageDecision) =>
        updateCard({ id: card.id, patch: changes }, { onSuccess: saved(decision) });
      switch (request.kind) {
        case 'response':
          return patch({ response: request.response }, request);
        case 'lead_actor':
          return patch(leadPatch(card, request.actorId), request);
        case 'due_date':
          return patch({ dueDate: request.date }, request);
        case 'stage': {
          const added = !card.stageIds.includes(request.stageId);
          const stageIds = added
            ? [...card.stageIds, request.stageId]
            : card.stageIds.filter((id) => id !== request.stageId);
          return patch({ stageIds }, { kind: 'stage', stageId: request.stageId, added });
        }
        case 'note':
          return addProgressNote(
            { date: todayCalendarDate(), text: request.text, evidence: '', author: '' },
            { onSuccess: saved(request) },
          );
        case 'column': {
          if (card.columnId === request.columnId) return saved(request)();
          const ids = (data?.cardIdsByColumn[request.columnId] ?? []).filter(
            (id) => id !== card.id,
          );
          move({
            id: card.id,
            toColumnId: request.columnId,
            afterId: ids.at(-1) ?? null,
            beforeId: null,
          });
          return saved(request)();
        }
      }
    },
    [card, data, move, onSaved, updateCard, addProgressNote],
  );
}
