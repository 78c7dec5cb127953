import { describe, expect, it } from 'vitest';
import { readWorkshopHeader } from './header';
import { normaliseLines } from './normalise-lines';
import { splitOrganisers } from './organisers';

function header(text: string) {
  return readWorkshopHeader(normaliseLines(text).lines);
}

describe('readWorkshopHeader', () => {
  it('reads a title block, a "place, date" line and "organised by"', () => {
    const text = [
      'National Dialogue on Reintegration',
      'of Returnee Migrants',
      '',
      'Cox’s Bazar, June 20, 2017',
      '',
      'Jointly organised by WARBE DF and OKUP in collaboration with IOM',
      '',
      'Welcome remarks were made by the chair.',
    ].join('\n');
    expect(header(text)).toEqual({
      title: 'National Dialogue on Reintegration of Returnee Migrants',
      date: '2017-06-20',
      place: 'Cox’s Bazar',
      organisers: ['WARBE DF', 'OKUP', 'IOM'],
    });
  });

  it('reads the place and organisers from an opening sentence', () => {
    const text = [
      '# Consultation on Skills Recognition',
      '',
      'The consultation was held at the Lakeshore Hotel, Dhaka on 20.06.2017. It was organised by',
      'the Ministry of Expatriates’ Welfare and Overseas Employment and ILO.',
    ].join('\n');
    expect(header(text)).toEqual({
      title: 'Consultation on Skills Recognition',
      date: '2017-06-20',
      place: 'Lakeshore Hotel, Dhaka',
      organisers: ['Ministry of Expatriates’ Welfare and Overseas Employment', 'ILO'],
    });
  });

  it('reads a header printed one field a line, with no blank line after it', () => {
    const text = [
      'Regional Consultation on Safe Migration of Women Workers',
      'Cumilla, 12 March 2019',
      'Organised by BMET in partnership with UN Women',
      'Background',
      'The consultation brought together district officials and returnee women workers.',
    ].join('\n');
    expect(header(text)).toEqual({
      title: 'Regional Consultation on Safe Migration of Women Workers',
      date: '2019-03-12',
      place: 'Cumilla',
      organisers: ['BMET', 'UN Women'],
    });
  });

  it('leaves out what the report does not say', () => {
    expect(
      header('The government should act on fees, said participants at length in Dhaka.'),
    ).toEqual({
      title: null,
      date: null,
      place: null,
      organisers: [],
    });
  });
});

describe('splitOrganisers', () => {
  it('keeps known names whole while splitting on "and" and commas', () => {
    expect(
      splitOrganisers('BMET, the Bureau of Manpower, Employment and Training and UN Women'),
    ).toEqual(['BMET', 'Bureau of Manpower, Employment and Training', 'UN Women']);
  });
});
