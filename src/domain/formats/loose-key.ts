import { foldForSearch } from '../../lib/text';

/**
 * A name reduced to its letters and digits, folded, for matching what people type to what the
 * board calls things: "Stage(s)" meets "stages", "accepted-in-part" meets "Accepted in part".
 * Bangla vowel signs are marks, not punctuation, so they stay.
 */
export function looseKey(name: string): string {
  const folded = foldForSearch(name);
  const key = folded.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  // A name of symbols only ("😀", "★★") keeps them: folded away, it would match nothing.
  return key.length > 0 ? key : folded.replace(/\s/g, '');
}

/**
 * `looseKey` remembering its answers: files repeat the same few names (actors, stages,
 * columns) on every row, and folding each once keeps a 10,000-row import fast.
 */
export function memoisedLooseKey(): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      key = looseKey(name);
      memo.set(name, key);
    }
    return key;
  };
}
