import type { CueReading } from './cues';

/**
 * How sure the cues make the extractor, by form. Values are ranks for sorting and for a
 * threshold, not probabilities: a list under "Recommendations" outranks a sentence with
 * "should", which outranks one that "suggested", which outranks "could consider".
 */

function rounded(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** How an item opens when it makes no call in words: "Strengthen…", or "Importance of…". */
export type ItemOpening = 'order' | 'nominal' | null;

export function listItemConfidence(
  cues: CueReading,
  forceful: boolean,
  opening: ItemOpening,
): number | null {
  if (forceful) return cues.strength === 'strong' ? 0.95 : 0.9;
  if (cues.strength === 'strong') return cues.narrative ? 0.6 : 0.75;
  if (cues.narrative) return null;
  if (cues.strength === 'medium') return 0.55;
  if (opening === 'order') return 0.5;
  if (opening === 'nominal') return 0.45;
  return cues.strength === 'weak' ? 0.4 : null;
}

export function sentenceConfidence(
  cues: CueReading,
  forceful: boolean,
  opensWithOrder: boolean,
): number | null {
  const bonus = forceful ? 0.1 : 0;
  if (cues.strength === 'strong') return rounded(0.8 + bonus - (cues.narrative ? 0.2 : 0));
  if (cues.narrative) return null;
  if (cues.strength === 'medium') return rounded(0.6 + bonus);
  if (cues.strength === 'weak') return rounded(0.4 + bonus);
  if (opensWithOrder) return forceful ? 0.65 : 0.45;
  return null;
}

/** Rows of a matrix headed "Recommendation" are recommendations by the document's own word. */
export const TABLE_ROW_CONFIDENCE = 0.85;
