import { type ColumnLookup, isOpenKind } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure } from './figure';
import { isOverdue } from './overdue';

/**
 * Where an actor's cards stand. Open: in a triage or open column. Overdue: open cards past
 * their due date (due-status.ts), so a part of open. Implemented: in a done column. Cards in
 * closed columns are in none of the three.
 */
export interface ActorStanding {
  open: Figure;
  overdue: Figure;
  implemented: Figure;
}

export interface ActorFigures {
  actorId: string;
  /** The cards the actor leads. */
  lead: ActorStanding;
  /** The cards the actor is responsible for, leading or not. */
  involved: ActorStanding;
}

export interface ActorBreakdown {
  /** One row per actor named by a card, by actor id (the screen sorts by name or figure). */
  actors: ActorFigures[];
  /** Cards with no responsible actor at all. */
  withoutActor: ActorStanding;
  /** Cards with no lead actor (some may still have responsible actors). */
  withoutLead: ActorStanding;
}

function emptyStanding(): ActorStanding {
  return { open: emptyFigure(), overdue: emptyFigure(), implemented: emptyFigure() };
}

type Place = 'open' | 'overdue' | 'implemented' | null;

function placeOf(card: DashboardCard, columns: ColumnLookup, today: string): Place {
  const kind = columns.kindOf(card.columnId);
  if (kind === 'done') return 'implemented';
  if (!isOpenKind(kind)) return null;
  return isOverdue(card.dueDate, kind, today) ? 'overdue' : 'open';
}

function count(standing: ActorStanding, place: Place, cardId: string): void {
  if (place === null) return;
  if (place === 'implemented') addCard(standing.implemented, cardId);
  else addCard(standing.open, cardId);
  if (place === 'overdue') addCard(standing.overdue, cardId);
}

export function actorFigures(
  cards: readonly DashboardCard[],
  columns: ColumnLookup,
  today: string,
): ActorBreakdown {
  const byActor = new Map<string, ActorFigures>();
  const withoutActor = emptyStanding();
  const withoutLead = emptyStanding();
  const rowOf = (actorId: string) => {
    let row = byActor.get(actorId);
    if (row === undefined) {
      row = { actorId, lead: emptyStanding(), involved: emptyStanding() };
      byActor.set(actorId, row);
    }
    return row;
  };

  for (const card of cards) {
    const place = placeOf(card, columns, today);
    const lead = card.leadActorId;
    if (lead === null) count(withoutLead, place, card.id);
    else count(rowOf(lead).lead, place, card.id);
    // The lead is one of the responsible actors by rule; an old row may miss it, so it is added.
    // Each actor once, without a set per card (this runs for every card on each filter change).
    const { actorIds } = card;
    if (actorIds.length === 0 && lead === null) count(withoutActor, place, card.id);
    for (let index = 0; index < actorIds.length; index += 1) {
      const actorId = actorIds[index];
      if (actorId !== undefined && actorIds.indexOf(actorId) === index) {
        count(rowOf(actorId).involved, place, card.id);
      }
    }
    if (lead !== null && !actorIds.includes(lead)) count(rowOf(lead).involved, place, card.id);
  }
  const actors = [...byActor.values()].sort((a, b) =>
    a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0,
  );
  return { actors, withoutActor, withoutLead };
}
