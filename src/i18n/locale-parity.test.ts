import { describe, expect, it } from 'vitest';
import bn from './locales/bn.json';
import bnVocabulary from './locales/bn-vocabulary.json';
import firstScreen from './locales/en.json';
import pages from './locales/en-pages.json';

const en = { ...firstScreen, ...pages };

const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

const withoutPlaceholders = (message: string) => message.replace(/\{\w+\}/g, '');

/** Keys of `a` that `b` lacks. */
const missingIn = (a: object, b: object) => Object.keys(a).filter((key) => !(key in b));

describe('Bangla and English messages', () => {
  it('have exactly the same keys', () => {
    expect({ missingInBangla: missingIn(en, bn), missingInEnglish: missingIn(bn, en) }).toEqual({
      missingInBangla: [],
      missingInEnglish: [],
    });
  });

  it('use the same placeholders in every message', () => {
    const english: Record<string, string> = en;
    const differing = Object.entries(bn as Record<string, string>)
      .filter(([key, message]) => {
        const source = english[key];
        return source !== undefined && placeholders(source).join() !== placeholders(message).join();
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leaves no Bangla message empty or identical to a Latin-letter English one', () => {
    const english: Record<string, string> = en;
    // Proper names and keyboard keys (as printed on the keys) are the same in both languages.
    const sameInBoth = new Set([
      'app.name',
      'language.name.en',
      'undo.shortcut',
      'shortcuts.key.mod',
      'shortcuts.key.shift',
      'shortcuts.key.enter',
      'shortcuts.key.space',
      'triage.key.space',
    ]);
    const untranslated = Object.entries(bn as Record<string, string>)
      .filter(([key, message]) => message.trim() === '' || message === english[key])
      .filter(
        ([key, message]) => !sameInBoth.has(key) && /[A-Za-z]/.test(withoutPlaceholders(message)),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('gives every built-in actor both a Bangla abbreviation and name', () => {
    const keys = Object.keys(bnVocabulary);
    const actorIds = new Set(keys.flatMap((key) => /^actor\.(\w+)\./.exec(key)?.[1] ?? []));
    const incomplete = [...actorIds].filter(
      (id) => !keys.includes(`actor.${id}.abbr`) || !keys.includes(`actor.${id}.name`),
    );
    expect(actorIds.size).toBeGreaterThan(40);
    expect(incomplete).toEqual([]);
    expect(keys.filter((key) => key.startsWith('gcm.'))).toHaveLength(23);
  });
});
