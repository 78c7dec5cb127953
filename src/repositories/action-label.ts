import type { ActionKind, ActionLabel } from '../domain/journal';
import { displayTitle, type Recommendation } from '../domain/recommendation';
import { truncateGraphemes } from '../lib/text';

/** A card as an action's label names it: its title, shortened by whole characters. */
export function cardName(card: Pick<Recommendation, 'title' | 'text'>): string {
  return truncateGraphemes(displayTitle(card), 80);
}

/** An action's label: a kind and the values its message needs. */
export function label(kind: ActionKind, params: ActionLabel['params'] = {}): ActionLabel {
  return { kind, params };
}
