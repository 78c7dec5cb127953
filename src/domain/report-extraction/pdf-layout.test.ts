import { describe, expect, it } from 'vitest';
import { extractRecommendations } from './extract-recommendations';

/* What PDF extraction does to a report's layout, and how the extractor undoes it. */

function texts(input: string): string[] {
  return extractRecommendations(input).candidates.map((candidate) => candidate.text);
}

describe('extractRecommendations: PDF layouts', () => {
  it('pairs bullets printed apart from their text by blank lines', () => {
    const input = [
      'Way forward',
      '',
      '•',
      '',
      'Train district officials on safe migration.',
      '',
      '•',
      '',
      'Open a help desk at the airport.',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => [c.text, c.form, c.locator])).toEqual([
      ['Train district officials on safe migration.', 'list', 'list "Way forward", item 1'],
      ['Open a help desk at the airport.', 'list', 'list "Way forward", item 2'],
    ]);
  });

  it('drops running headers, footers and page numbers in the middle of text', () => {
    const page = (n: number, body: string[]) => [
      'National Consultation on Labour Migration 2017',
      '',
      ...body,
      '',
      `Page ${n} of 3`,
    ];
    const input = [
      ...page(1, [
        'The meeting was held in Dhaka.',
        '',
        'The participants urged the government to',
      ]),
      '\f',
      ...page(2, ['review the Overseas Employment Act so that', 'sub-agents are registered.']),
      '\f',
      ...page(3, ['3', 'IOM thanked the participants.']),
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => c.text)).toEqual([
      'The participants urged the government to review the Overseas Employment Act so that sub-agents are registered.',
    ]);
    expect(candidates[0]?.locator).toBe('p. 1, para 2');
  });

  it('numbers standing apart from their items, as two-column PDFs print them', () => {
    const input = [
      'Recommendations',
      '',
      '1.',
      '2.',
      '',
      'Set up a reintegration fund for returnees.',
      'Reduce the cost of migration to Malaysia.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'Set up a reintegration fund for returnees.',
      'Reduce the cost of migration to Malaysia.',
    ]);
  });

  it('ends paragraphs and items at lines that stop short in text without blank lines', () => {
    const input = [
      'The chair opened the session with a review of the commitments made at the last meeting of',
      'the working group on labour migration.',
      'He wrapped up with some points as follows:',
      '• Publish the list of licensed recruiting agencies on the ministry website every month',
      '• Give every migrant a written contract in Bangla before departure from the country',
      'Ms. Akter, Director, BMET, spoke next about the training centres and their new courses.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'Publish the list of licensed recruiting agencies on the ministry website every month',
      'Give every migrant a written contract in Bangla before departure from the country',
    ]);
  });

  it('reads Word text, one paragraph a line, with headings and no blank lines', () => {
    const long = 'It brought together district officials, agencies and returnee women workers. ';
    const input = [
      'Background',
      `The consultation was held at the Circuit House. ${long.repeat(3)}`,
      'Opening session',
      `Ms. Rahima Khatun, Director, BMET, said that orientation must cover domestic work. ${long}`,
      'Recommendations',
      '1. Establish a shelter in every embassy in the Gulf.',
      '2. Make the employment contract available in Bangla.',
      'Closing',
      'The Deputy Director thanked everyone.',
    ].join('\n');
    const { candidates } = extractRecommendations(input);
    expect(candidates.map((c) => [c.form, c.locator])).toEqual([
      ['prose', 'para 2'],
      ['list', 'list "Recommendations", item 1'],
      ['list', 'list "Recommendations", item 2'],
    ]);
  });
});
