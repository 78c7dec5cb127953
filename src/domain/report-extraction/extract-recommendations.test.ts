import { describe, expect, it } from 'vitest';
import { extractRecommendations } from './extract-recommendations';
import type { Candidate } from './types';

function texts(input: string): string[] {
  return extractRecommendations(input).candidates.map((candidate) => candidate.text);
}

/** Every word of the candidate stands, in order, in the highlighted passage. */
function expectCovered(input: string, candidate: Candidate): void {
  const passage = input.slice(candidate.sourceStart, candidate.sourceEnd).toLowerCase();
  const words = candidate.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let at = 0;
  for (const word of words) {
    const found = passage.indexOf(word.slice(0, 4), at);
    expect(found, `"${word}" of "${candidate.text}" in "${passage}"`).toBeGreaterThanOrEqual(0);
    at = found;
  }
}

describe('extractRecommendations: awkward inputs', () => {
  it('joins hard-wrapped lines of a list item and of a sentence', () => {
    const input = [
      'Recommendations',
      '',
      '• The government should expand the network of',
      '  migrant resource centres to every district.',
      '',
      'Participants noted that BMET must publish the list of licensed',
      'recruiting agencies every month.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'The government should expand the network of migrant resource centres to every district.',
      'Participants noted that BMET must publish the list of licensed recruiting agencies every month.',
    ]);
  });

  it('joins a word hyphenated across lines but keeps a real hyphen', () => {
    const input = [
      'Key recommendations',
      '',
      '1. Ensure that every migra-',
      'tion worker receives skill-',
      'based training before departure.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'Ensure that every migration worker receives skill-based training before departure.',
    ]);
  });

  it('splits items run together with semicolons after a lead-in', () => {
    const input =
      'The participants recommended the following: regulate sub-agents; cap recruitment fees; and register all migrants before departure.';
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => [c.text, c.form])).toEqual([
      ['regulate sub-agents', 'list'],
      ['cap recruitment fees', 'list'],
      ['register all migrants before departure', 'list'],
    ]);
    expect(candidates[0]?.raisedBy).toBe('The participants');
  });

  it('splits an inline (a) (b) (c) enumeration', () => {
    const input =
      'The meeting called for (a) a database of returnees, (b) skill recognition agreements with Gulf states and (c) cheaper remittance channels.';
    expect(texts(input)).toEqual([
      'a database of returnees',
      'skill recognition agreements with Gulf states',
      'cheaper remittance channels',
    ]);
  });

  it('reads a management-response matrix with its To whom and Response cells', () => {
    const input = [
      'Recommendation\tTo whom\tManagement response',
      '1. Digitise the emigration clearance\tBMET\tAccepted; under way',
      '2. Appoint labour attachés for women workers\tMoFA\tNot accepted',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => [c.text, c.form, c.toWhom, c.response, c.locator])).toEqual([
      ['Digitise the emigration clearance', 'table', 'BMET', 'Accepted; under way', 'table, row 1'],
      [
        'Appoint labour attachés for women workers',
        'table',
        'MoFA',
        'Not accepted',
        'table, row 2',
      ],
    ]);
    expect(candidates[1]?.actorIds).toEqual(['mofa', 'missions']);
  });

  it('keeps narrative out: past events, "should have", an agenda', () => {
    const input = [
      'The meeting was held on 3 May 2018. IOM organised the event with BMET.',
      'The programme should have started earlier. Officials could have attended.',
      'The panel discussed how the government should respond.',
      '',
      'Agenda',
      '- Welcome address',
      '- Presentation of the study on remittances',
      '',
      'Migrants should be informed of their rights before departure.',
    ].join('\n');
    expect(texts(input)).toEqual(['Migrants should be informed of their rights before departure.']);
  });

  it('keeps an agenda item that makes a call of its own', () => {
    const input = ['Agenda', '- Welcome address', '- The Act must be amended now (panel)'].join(
      '\n',
    );
    expect(texts(input)).toEqual(['The Act must be amended now (panel)']);
  });

  it('attributes remarks to the speaker and to the paragraph that continues with He', () => {
    const input = [
      'Mr. Shahidul Alam, Joint Secretary, MoEWOE, said that the welfare desks at airports should open around the clock.',
      '',
      'He also stressed the need for a hotline for women workers in Saudi Arabia.',
      '',
      'During the open discussion, participants suggested that returnees be included in local committees.',
      '',
      'In his remarks, Dr. C. R. Abrar said migrants must not pay for their own visas.',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => [c.text, c.raisedBy])).toEqual([
      [
        'Mr. Shahidul Alam, Joint Secretary, MoEWOE, said that the welfare desks at airports should open around the clock.',
        'Mr. Shahidul Alam, Joint Secretary, MoEWOE',
      ],
      [
        'He also stressed the need for a hotline for women workers in Saudi Arabia.',
        'Mr. Shahidul Alam, Joint Secretary, MoEWOE',
      ],
      [
        'During the open discussion, participants suggested that returnees be included in local committees.',
        'Participants',
      ],
      [
        'In his remarks, Dr. C. R. Abrar said migrants must not pay for their own visas.',
        'Dr. C. R. Abrar',
      ],
    ]);
  });

  it('gives locators and offsets that cover each candidate in the original text', () => {
    const input = [
      'Report on Safe Migration',
      '',
      'Opening remarks were made by the chair.',
      '',
      'Participants stressed that the BMET database must be linked to the NID server.',
      '\f',
      'Recommendations',
      '',
      '- Every DEMO should keep a list of returnees.',
      '- Migrants must receive their contract in Bangla.',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => c.locator)).toEqual([
      'p. 1, para 2',
      'p. 2, list "Recommendations", item 1',
      'p. 2, list "Recommendations", item 2',
    ]);
    for (const candidate of candidates) expectCovered(input, candidate);
    expect(input.slice(candidates[1]?.sourceStart, candidates[1]?.sourceEnd)).toBe(
      'Every DEMO should keep a list of returnees.',
    );
  });

  it('maps offsets back to the original when the input is not NFC', () => {
    const decomposed = 'ক্ষমতায়ন'.normalize('NFD');
    const input = `Recommendations\n\n- ${decomposed} must reach every returnee.`;
    const [candidate] = extractRecommendations(input).candidates;
    expect(candidate?.text).toBe(`${'ক্ষমতায়ন'.normalize('NFC')} must reach every returnee.`);
    expect(candidate?.text.normalize('NFC')).toBe(candidate?.text);
    expect(input.slice(candidate?.sourceStart, candidate?.sourceEnd)).toBe(
      `${decomposed} must reach every returnee.`,
    );
  });

  it('keeps Bangla items whole: conjuncts, ZWJ and the danda', () => {
    const item = 'প্রবাসী কর্মীদের জন্য বিমানবন্দরে র\u200D্যাব হেল্পডেস্ক চালু করা।';
    const input = `Recommendations\n\n- ${item}\n- ${item.normalize('NFD')}`;
    expect(texts(input)).toEqual([item.normalize('NFC'), item.normalize('NFC')]);
  });

  it('reads the workshop header', () => {
    const input = [
      'Workshop on Fair Recruitment',
      'of Migrant Workers',
      '',
      'Date: 20th June 2017',
      'Venue: BIAM Auditorium, Dhaka',
      'Organised by: IOM and BAIRA',
      '',
      'Recruiting agencies should publish their fees.',
    ].join('\n');
    expect(extractRecommendations(input).workshop).toEqual({
      title: 'Workshop on Fair Recruitment of Migrant Workers',
      date: '2017-06-20',
      place: 'BIAM Auditorium, Dhaka',
      organisers: ['IOM', 'BAIRA'],
    });
  });

  it('rates a forceful list above a sentence with "suggested" and leaves out low confidence', () => {
    const input = [
      'Recommendations',
      '- Expand pre-departure orientation to five days.',
      '',
      'Open discussion',
      '',
      'One participant suggested a mobile app for migrants.',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    const [listItem, sentence] = candidates;
    expect(listItem?.confidence).toBeGreaterThan(sentence?.confidence ?? 1);
    const strict = extractRecommendations(input, { minConfidence: 0.7 }).candidates;
    expect(strict.map((c) => c.form)).toEqual(['list']);
  });

  it('splits an item that makes two separate calls, and keeps a topic list out', () => {
    const input = [
      'The groups discussed the way forward on the following themes:',
      '- Migration and Poverty Reduction',
      '- Migration and Climate Change',
      '',
      'Issues raised in the discussion were as follows:',
      '- A help desk is required at the airport. Staff there are few. Agencies must also be rated.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'A help desk is required at the airport. Staff there are few.',
      'Agencies must also be rated.',
    ]);
  });
});
