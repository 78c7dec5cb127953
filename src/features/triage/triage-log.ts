import type { Recommendation } from '../../domain/recommendation';
import type { Response } from '../../domain/response';
import type { StageId } from '../../domain/taxonomy';

/** One decision taken on a card during a triage session, as saved. */
export type TriageDecision =
  | { kind: 'response'; response: Response }
  | { kind: 'column'; columnId: string }
  | { kind: 'lead_actor'; actorId: string }
  | { kind: 'due_date'; date: string }
  | { kind: 'stage'; stageId: StageId; added: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'skipped' };

export interface TriageLogEntry {
  cardId: string;
  decision: TriageDecision;
}

export interface CardDecisions {
  cardId: string;
  decisions: TriageDecision[];
}

/** A field set twice on one card keeps only its last value in the minutes. */
const SINGLE_VALUED = new Set<TriageDecision['kind']>([
  'response',
  'column',
  'lead_actor',
  'due_date',
]);

function sameSubject(a: TriageDecision, b: TriageDecision): boolean {
  if (a.kind !== b.kind) return false;
  if (SINGLE_VALUED.has(a.kind)) return true;
  return a.kind === 'stage' && b.kind === 'stage' && a.stageId === b.stageId;
}

/**
 * What the session decided, by card, cards in the order they were first decided on and
 * decisions in the order they were taken. A field set again keeps its latest value, in its
 * latest place; a stage added then removed again cancels out; a skip is kept only for a card
 * nothing else was decided on. Notes are all kept: each is its own progress note.
 */
export function summarizeTriage(log: readonly TriageLogEntry[]): CardDecisions[] {
  const byCard = new Map<string, TriageDecision[]>();
  for (const { cardId, decision } of log) {
    const list = byCard.get(cardId) ?? [];
    const earlier = decision.kind === 'note' ? -1 : list.findIndex((d) => sameSubject(d, decision));
    if (earlier >= 0) {
      const previous = list[earlier];
      list.splice(earlier, 1);
      // Adding a stage and removing it again leaves the card as it was.
      const undone =
        previous?.kind === 'stage' &&
        decision.kind === 'stage' &&
        previous.added !== decision.added;
      if (!undone) list.push(decision);
    } else {
      list.push(decision);
    }
    byCard.set(cardId, list);
  }
  const summary: CardDecisions[] = [];
  for (const [cardId, decisions] of byCard) {
    const real = decisions.filter((decision) => decision.kind !== 'skipped');
    const kept = real.length > 0 ? real : decisions.slice(0, 1);
    if (kept.length > 0) summary.push({ cardId, decisions: kept });
  }
  return summary;
}

/**
 * Whether the card still shows a decision: an undo (or a later edit) may have taken it back.
 * Notes and skips always hold: a note is insert-only history.
 */
export function decisionHolds(
  decision: TriageDecision,
  card: Pick<Recommendation, 'response' | 'columnId' | 'leadActorId' | 'dueDate' | 'stageIds'>,
): boolean {
  switch (decision.kind) {
    case 'response':
      return card.response === decision.response;
    case 'column':
      return card.columnId === decision.columnId;
    case 'lead_actor':
      return card.leadActorId === decision.actorId;
    case 'due_date':
      return card.dueDate === decision.date;
    case 'stage':
      return card.stageIds.includes(decision.stageId) === decision.added;
    case 'note':
    case 'skipped':
      return true;
  }
}
