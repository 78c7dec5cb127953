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

/** Which GCM objectives and SDG targets the cards cover, and which none of them does. */
export function frameworkCoverage(cards: readonly DashboardCard[]): FrameworkCoverage {
  const gcmKeys = GCM_OBJECTIVES.map(({ n }) => n);
  const sdgKeys = SDG_TARGETS.map(({ id }) => id);
  const gcm = new Map(gcmKeys.map((key) => [key, emptyFigure()]));
  const sdg = new Map<SdgTarget, Figure>(sdgKeys.map((key) => [key, emptyFigure()]));
  for (const card of cards) {
    // A tag listed twice on a card still counts the card once.
    for (const [index, objective] of card.gcmObjectives.entries()) {
      const figure = gcm.get(objective);
      if (figure && card.gcmObjectives.indexOf(objective) === index) addCard(figure, card.id);
    }
    for (const [index, target] of card.sdgTargets.entries()) {
      const figure = sdg.get(target);
      if (figure && card.sdgTargets.indexOf(target) === index) addCard(figure, card.id);
    }
  }
  return { gcm: coverage(gcmKeys, gcm), sdg: coverage(sdgKeys, sdg) };
}
