import type { SdgTarget } from '../global-framework-ids';
import { GCM_OBJECTIVES, SDG_TARGETS } from '../global-frameworks';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure } from './figure';

export interface Coverage<Key> {
  /** Every objective or target of the framework, in its own order, with the cards tagged. */
  counts: { key: Key; figure: Figure }[];
  /** Those no counted card is tagged with. */
  uncovered: Key[];
}

export interface FrameworkCoverage {
  /** GCM objectives 1 to 23. */
  gcm: Coverage<number>;
  /** The migration-related SDG targets of global-frameworks.ts. */
  sdg: Coverage<SdgTarget>;
}

function coverage<Key>(keys: readonly Key[], figures: ReadonlyMap<Key, Figure>): Coverage<Key> {
  const counts = keys.map((key) => ({ key, figure: figures.get(key) ?? emptyFigure() }));
  return {
    counts,
    uncovered: counts.filter(({ figure }) => figure.count === 0).map(({ key }) => key),
  };
}

/**
 * Counts the card in the figure of each of its tags; a tag listed twice counts the card once.
 * Index loops, not iterators: this runs for every card on each filter change.
 */
function countTags<Key>(figures: ReadonlyMap<Key, Figure>, tags: readonly Key[], cardId: string) {
  for (let index = 0; index < tags.length; index += 1) {
    const tag = tags[index];
    if (tag === undefined || tags.indexOf(tag) !== index) continue;
    const figure = figures.get(tag);
    if (figure !== undefined) addCard(figure, cardId);
  }
}

/** Which GCM objectives and SDG targets the cards cover, and which none of them does. */
export function frameworkCoverage(cards: readonly DashboardCard[]): FrameworkCoverage {
  const gcmKeys = GCM_OBJECTIVES.map(({ n }) => n);
  const sdgKeys = SDG_TARGETS.map(({ id }) => id);
  const gcm = new Map(gcmKeys.map((key) => [key, emptyFigure()]));
  const sdg = new Map<SdgTarget, Figure>(sdgKeys.map((key) => [key, emptyFigure()]));
  for (const card of cards) {
    countTags(gcm, card.gcmObjectives, card.id);
    countTags(sdg, card.sdgTargets, card.id);
  }
  return { gcm: coverage(gcmKeys, gcm), sdg: coverage(sdgKeys, sdg) };
}
