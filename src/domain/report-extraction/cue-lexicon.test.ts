import { describe, expect, it } from 'vitest';
import { CUE_LEXICONS, type CueLexicon } from './cue-lexicon';

describe('cue lexicons', () => {
  const entries = CUE_LEXICONS.flatMap((lexicon) =>
    (Object.keys(lexicon) as (keyof CueLexicon)[]).flatMap((list) =>
      lexicon[list].map((entry) => [list, entry] as const),
    ),
  );

  it('has no empty entry, which would match everywhere', () => {
    expect(entries.filter(([, entry]) => entry.trim() === '')).toEqual([]);
  });

  it('has entries that compile and match no empty text', () => {
    for (const [list, entry] of entries) {
      const pattern = new RegExp(`^(?:${entry})$`, 'iu');
      expect(pattern.test(''), `${list}: ${entry}`).toBe(false);
    }
  });
});
