import type { ActionItem } from './action-item';
import type { Recommendation } from './recommendation';

/** What a recommendation lacks before someone can act on it, in the order a form asks. */
export const ACTIONABLE_REQUIREMENTS = ['lead_actor', 'due_date', 'action_item'] as const;
export type ActionableRequirement = (typeof ACTIONABLE_REQUIREMENTS)[number];

/** The fields of a card the rule reads. */
export type ActionableFields = Pick<Recommendation, 'leadActorId' | 'dueDate'>;

/**
 * A recommendation is actionable when it has a lead actor, a due date and at least one live
 * action item. The one rule the dashboard and the board's filter both apply.
 *
 * @param actionItemCount the card's live action items (see countLiveActionItems); done ones
 *   count, deleted ones do not
 */
export function missingForActionable(
  card: ActionableFields,
  actionItemCount: number,
): ActionableRequirement[] {
  const missing: ActionableRequirement[] = [];
  if (card.leadActorId === null) missing.push('lead_actor');
  if (card.dueDate === null) missing.push('due_date');
  if (actionItemCount < 1) missing.push('action_item');
  return missing;
}

export function isActionable(card: ActionableFields, actionItemCount: number): boolean {
  return missingForActionable(card, actionItemCount).length === 0;
}

/** Action items that count for the rule: those not deleted (a tombstone is not an item). */
export function countLiveActionItems(items: readonly Pick<ActionItem, 'deletedAt'>[]): number {
  let count = 0;
  for (const item of items) if (item.deletedAt === null) count += 1;
  return count;
}
