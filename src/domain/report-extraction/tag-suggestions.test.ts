import { describe, expect, it } from 'vitest';
import { suggestTags } from './tag-suggestions';

describe('suggestTags', () => {
  it.each([
    ['Support returnees with loans.', { stageIds: ['reintegration'], gcmObjectives: [21] }],
    ['Improve predeparture orientation.', { stageIds: ['pre_departure'], gcmObjectives: [3] }],
    ['Talk to the CoD governments.', { stageIds: ['destination'], actorIds: ['cod_governments'] }],
    ['Host countries must act.', { stageIds: ['destination'] }],
    ['Cut the cost of remittances.', { gcmObjectives: [20] }],
    ['End smuggling and trafficking.', { gcmObjectives: [9, 10] }],
    ['Expand consular help.', { gcmObjectives: [14] }],
    ['Promote fair recruitment.', { gcmObjectives: [6], stageIds: ['pre_departure'] }],
  ])('tags "%s"', (text, expected) => {
    expect(suggestTags(text)).toMatchObject(expected);
  });

  it('tags embassies and labour attachés to MoFA, the missions and destination', () => {
    expect(suggestTags('Labour attachés in embassies should visit workers.')).toEqual({
      stageIds: ['destination'],
      actorIds: ['mofa', 'missions'],
      gcmObjectives: [14],
    });
  });

  it('reads built-in actors by name and abbreviation, in taxonomy order', () => {
    expect(
      suggestTags('IOM and the Bureau of Manpower, Employment and Training; BAIRA too.').actorIds,
    ).toEqual(['bmet', 'iom', 'baira']);
    expect(suggestTags('Recruiting agencies must register sub-agents.').actorIds).toEqual([
      'recruiting_agencies',
    ]);
  });

  it('matches whole words, and abbreviations in their own case only', () => {
    expect(suggestTags('The database of codes; a cod fishery; metadata.')).toEqual({
      stageIds: [],
      actorIds: [],
      gcmObjectives: [1],
    });
    expect(suggestTags('Ask the iom office.').actorIds).toEqual([]);
  });
});
