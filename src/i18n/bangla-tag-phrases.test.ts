import { describe, expect, it } from 'vitest';
import { BANGLA_TAG_PHRASES } from '../domain/report-extraction/tag-phrases-bn';
import bnVocabulary from './locales/bn-vocabulary.json';

describe("the report extractor's Bangla actor phrases", () => {
  it("hold every built-in actor's Bangla name and short form the interface shows", () => {
    const phrases = new Set(
      BANGLA_TAG_PHRASES.flatMap((entry) =>
        (entry.actors ?? []).map((actor) => `${actor}:${entry.phrase}`),
      ),
    );
    const shown = Object.entries(bnVocabulary as Record<string, string>).flatMap(([key, value]) => {
      const [kind, actor, part] = key.split('.');
      return kind === 'actor' && (part === 'name' || part === 'abbr')
        ? [`${actor}:${value.normalize('NFC')}`]
        : [];
    });
    expect(shown.length).toBeGreaterThan(40);
    expect(shown.filter((entry) => !phrases.has(entry))).toEqual([]);
  });
});
