import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { loadLocaleBundle } from '../../i18n/load-messages';
import { actorMatches } from './actor-matches';

const actors = [
  {
    id: 'moewoe',
    abbr: 'MoEWOE',
    name: "Ministry of Expatriates' Welfare",
    group: 'government' as const,
  },
  {
    id: 'bmet',
    abbr: 'BMET',
    name: 'Bureau of Manpower, Employment and Training',
    group: 'government' as const,
  },
  {
    id: 'iom',
    abbr: 'IOM',
    name: 'International Organization for Migration',
    group: 'un' as const,
  },
  { id: 'wewb', abbr: 'WEWB', name: "Wage Earners' Welfare Board", group: 'government' as const },
];

describe('actorMatches', () => {
  it('puts an abbreviation that starts with the text first', () => {
    expect(actorMatches(actors, 'bm').map((a) => a.id)).toEqual(['bmet']);
    expect(actorMatches(actors, 'I').map((a) => a.id)).toEqual(['iom', 'moewoe', 'bmet']);
  });

  it('then names that start with it, then any that contain it', () => {
    expect(actorMatches(actors, 'welfare').map((a) => a.id)).toEqual(['moewoe', 'wewb']);
    expect(actorMatches(actors, 'wage').map((a) => a.id)).toEqual(['wewb']);
  });

  it('offers the first actors for an empty text, and none for a stranger', () => {
    expect(actorMatches(actors, '  ').map((a) => a.id)).toEqual(['moewoe', 'bmet', 'iom', 'wewb']);
    expect(actorMatches(actors, 'unhcr')).toEqual([]);
  });

  it('finds a built-in actor by the words of the interface language too', async () => {
    const { messages, vocabulary } = await loadLocaleBundle('bn');
    const bangla = createI18n('bn', messages, vocabulary);
    expect(actorMatches(actors, 'আইও', bangla).map((a) => a.id)).toEqual(['iom']);
    expect(actorMatches(actors, 'iom', bangla).map((a) => a.id)).toEqual(['iom']);
  });
});
