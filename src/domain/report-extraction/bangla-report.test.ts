import { describe, expect, it } from 'vitest';
import { extractRecommendations } from './extract-recommendations';
import { suggestTags } from './tag-suggestions';

/** A Bangla workshop report, as minutes in Bangladesh write it (য় typed decomposed in one line). */
const REPORT = [
  'অভিবাসী কর্মীদের পুনঃএকত্রীকরণ বিষয়ক কর্মশালা',
  '',
  'কর্মশালাটি ঢাকায় অনুষ্ঠিত হয়। প্রবাসী কল্যাণ মন্ত্রণালয়ের সচিব স্বাগত বক্তব্য দেন।',
  'বক্তারা বলেন, বিদেশফেরত কর্মীদের জন্য একটি পূর্ণাঙ্গ পুনঃএকত্রীকরণ কর্মপরিকল্পনা থাকা উচিত।',
  'অংশগ্রহণকারীরা রিক্রুটিং এজেন্সির ফি নিয়ন্ত্রণে কঠোর আইন প্রয়োগের আহ্বান জানান।',
  `বিএমইটির আরও আগে প্রশিক্ষণ শুরু করা উচিত ছিল।`,
  'দূতাবাসগুলোতে নারী কর্মীদের জন্য আশ্রয়কেন্দ্র চালু করা প্রয়োজন।'.normalize('NFD'),
  '',
  'সুপারিশসমূহ',
  '',
  '১. প্রতিটি জেলায় অভিবাসী তথ্যকেন্দ্র স্থাপন।',
  '২. প্রবাসী কল্যাণ ব্যাংকের পুনঃএকত্রীকরণ ঋণ সহজ করা।',
].join('\n');

describe('a report in Bangla', () => {
  const candidates = extractRecommendations(REPORT).candidates;
  const texts = candidates.map((candidate) => candidate.text);

  it('finds the calls made with উচিত, আহ্বান and প্রয়োজন in running prose', () => {
    expect(texts).toContain(
      'বক্তারা বলেন, বিদেশফেরত কর্মীদের জন্য একটি পূর্ণাঙ্গ পুনঃএকত্রীকরণ কর্মপরিকল্পনা থাকা উচিত।',
    );
    expect(texts).toContain('অংশগ্রহণকারীরা রিক্রুটিং এজেন্সির ফি নিয়ন্ত্রণে কঠোর আইন প্রয়োগের আহ্বান জানান।');
    expect(texts).toContain('দূতাবাসগুলোতে নারী কর্মীদের জন্য আশ্রয়কেন্দ্র চালু করা প্রয়োজন।'.normalize('NFC'));
  });

  it('takes the items under a সুপারিশসমূহ heading, though they carry no modal', () => {
    expect(texts).toContain('প্রতিটি জেলায় অভিবাসী তথ্যকেন্দ্র স্থাপন।');
    expect(texts).toContain('প্রবাসী কল্যাণ ব্যাংকের পুনঃএকত্রীকরণ ঋণ সহজ করা।');
  });

  it('leaves out the narrative and what "should have been" done', () => {
    expect(texts.some((text) => text.includes('অনুষ্ঠিত'))).toBe(false);
    expect(texts.some((text) => text.includes('স্বাগত'))).toBe(false);
    expect(texts.some((text) => text.includes('উচিত ছিল'))).toBe(false);
    expect(candidates).toHaveLength(5);
  });
});

describe('tags suggested from Bangla wording', () => {
  it('reads stages and actors by their Bangla names, with case endings', () => {
    expect(suggestTags('বিদেশফেরত কর্মীদের পুনঃএকত্রীকরণ')).toMatchObject({
      stageIds: ['reintegration'],
      gcmObjectives: [21],
    });
    expect(suggestTags('প্রবাসী কল্যাণ মন্ত্রণালয়ের সচিব').actorIds).toEqual(['moewoe']);
    expect(suggestTags('বিএমইটির প্রশিক্ষণ').actorIds).toEqual(['bmet']);
    expect(suggestTags('রিক্রুটিং এজেন্সিগুলোর ফি')).toMatchObject({
      stageIds: ['pre_departure'],
      actorIds: ['recruiting_agencies'],
    });
  });

  it('matches whichever way য় was typed', () => {
    const decomposed = 'প্রবাসী কল্যাণ মন্ত্রণালয়'.normalize('NFD');
    expect(suggestTags(decomposed.normalize('NFC')).actorIds).toEqual(['moewoe']);
  });

  it('does not take a longer word for a shorter one', () => {
    // "বিএমইটিতে" is BMET with an ending; "বিএমইটিসি" is another word.
    expect(suggestTags('বিএমইটিসি').actorIds).toEqual([]);
  });
});
