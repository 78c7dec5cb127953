import { describe, expect, it } from 'vitest';
import { bijoyScore, findBijoyRuns, looksLikeBijoy } from './detect-bijoy';
import { BIJOY_PARAGRAPHS, BIJOY_PHRASES } from './fixtures/migration-fixtures';

/** Sentences in the style of migration reports: quotes, dashes, figures, names, addresses. */
const ENGLISH = [
  "The Ministry of Expatriates' Welfare and Overseas Employment (MoEWOE) will review the recruitment fees charged to migrant workers.",
  'BMET registered 1,305,453 workers for overseas employment in 2023 — a record high.',
  '"Safe migration starts with accurate information," said the IOM Chief of Mission.',
  'Returnee migrants often face debt, stigma and unemployment after coming home.',
  'Recommendation 14: strengthen the labour wings in Riyadh, Doha and Kuala Lumpur.',
  'Remittances reached USD 21.6 billion in FY2022–23, according to Bangladesh Bank.',
  'The workshop was co-organised by BRAC, OKUP and the ILO on 12 March 2024.',
  'Women migrant workers – especially domestic workers – need stronger legal protection.',
  'See https://bmet.gov.bd/site/page/0858b96a for the latest statistics.',
  'Contact the secretariat at info@recboard.example.org or call +880 2 9334 888.',
  'Pre-departure orientation should last at least three days, not one.',
  "The Wage Earners' Welfare Board (WEWB) offers scholarships to migrants' children.",
  'Status: partially implemented; responsible actor: DEMO Cumilla.',
  'Human trafficking cases rose by 26% between 2019 and 2022 (UNODC, p. 47).',
  'Migrants from Sylhet, Chattogram and Dhaka divisions account for over 60% of departures.',
  'He said: ‘We cannot accept visa trading any longer.’',
  'The government “noted” three recommendations and “accepted” eleven.',
  'Costs of migration to Saudi Arabia average BDT 4.2 lakh ($3,800) per worker.',
  'Follow-up meeting: Tuesday, 10:30 a.m., Conference Room 2, Probashi Kallyan Bhaban.',
  "The GCM's objective 14 calls for consular protection throughout the migration cycle.",
  'Reintegration support must be gender-responsive and rights-based.',
  'Data were collected from 1,200 households in Cumilla, Tangail, and Brahmanbaria.',
  'Q&A session with recruiting agencies (BAIRA) and R&D partners followed the panel.',
  'Visit www.probashi.gov.bd or email helpdesk@probashi.gov.bd for grievance redress.',
  'The Overseas Employment and Migrants Act, 2013 (Act No. XLVIII) was amended in 2023.',
  'Dr. José Martínez from the University of São Paulo presented the comparative study.',
  'Workers in Qatar, Oman and Iraq reported wage theft and passport confiscation.',
  'Training at TTCs now includes Arabic, Japanese and Korean language modules.',
  'A one-stop service centre opened at Hazrat Shahjalal International Airport…',
  'The MoU with Malaysia © 2021 sets out employer-pays principles § 4.2.',
  "Only 2% of returnees accessed the PKB reintegration loan; most didn't know it existed.",
  'According to RMMRU, irregular migration via the Mediterranean increased sharply.',
  'Pilot districts: Jashore, Cumilla, Narsingdi; budget ≈ BDT 3.5 crore.',
  "Smart cards, fingerprints and online registration have reduced middlemen's role.",
  'Follow @IOMBangladesh and #SafeMigration for updates.',
  'The committee meets every quarter; minutes are shared via the ILO Dhaka office.',
  'iPhone and WhatsApp groups help workers share job information with their families.',
];

/** Strings that look odd but are not Bijoy: units, names, code, identifiers, other scripts. */
const NOT_BIJOY = [
  'OK',
  'TBD',
  'N/A',
  'Q3 2024',
  'e.g.',
  'w/o',
  'vs',
  'Avg. cost',
  'Lviv',
  'Iraq',
  'km²',
  '30°C',
  '±5%',
  '£200',
  'µg',
  'Smith et al.†',
  'Note‡',
  '«Bonjour»',
  'Café',
  'naïve',
  'Müller',
  'Curaçao',
  'Ørsted',
  'Straße',
  'Škoda',
  '`npm install`',
  '~/docs/report.md',
  'C:\\Users\\report.docx',
  'a | b | c',
  'x^2 + y^2',
  'snake_case_name',
  '#SafeMigration',
  '@IOM_Bangladesh',
  'WhatsApp',
  'YouTube',
  'iPhone',
  'McDonald',
  'LinkedIn',
  'PowerPoint',
  'JavaScript',
  'eBay',
  'GitHub',
  'COVID-19',
  'vis-à-vis',
  'RECOMMENDATION 14: STRENGTHEN LABOUR WINGS ABROAD',
];

const ADDRESSES_AND_NUMBERS = [
  'https://bmet.gov.bd/site/page/0858b96a-72cb-4f87-9690-c2eb3bb0eb0c/',
  'www.probashi.gov.bd',
  'mailto:someone@example.com',
  'helpdesk@probashi.gov.bd',
  '192.168.0.1',
  '+880-1711-000000',
  '2024-03-12',
  '12/03/2024 10:30',
  '1,305,453 (26%)',
  '৳৫০০',
];

describe('looksLikeBijoy', () => {
  it.each([...BIJOY_PHRASES, ...BIJOY_PARAGRAPHS])('finds Bijoy in $bijoy', ({ bijoy }) => {
    expect(looksLikeBijoy(bijoy)).toBe(true);
    expect(findBijoyRuns(bijoy).length).toBeGreaterThan(0);
  });

  it('flags none of the English report sentences', () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(30);
    expect(ENGLISH.filter((sentence) => looksLikeBijoy(sentence))).toEqual([]);
    expect(ENGLISH.filter((sentence) => findBijoyRuns(sentence).length > 0)).toEqual([]);
  });

  it('flags no odd-looking English, address or number', () => {
    const all = [...NOT_BIJOY, ...ADDRESSES_AND_NUMBERS];
    expect(all.filter((text) => looksLikeBijoy(text) || findBijoyRuns(text).length > 0)).toEqual(
      [],
    );
  });

  it('flags no Unicode Bangla, not even the converted fixtures', () => {
    const unicode = [...BIJOY_PHRASES, ...BIJOY_PARAGRAPHS].map((fixture) => fixture.unicode);
    expect(unicode.filter((text) => looksLikeBijoy(text))).toEqual([]);
  });
});

describe('bijoyScore', () => {
  it('is 1 for Bijoy, 0 for English and in between for a mix', () => {
    expect(bijoyScore('cÖevmx Kj¨vY I ˆe‡`wkK Kg©ms¯’vb gš¿Yvjq')).toBe(1);
    expect(bijoyScore('The ministry reviewed the recommendations.')).toBe(0);
    const mixed = bijoyScore('The ministry said evsjv‡`k and Kg©ms¯’vb matter.');
    expect(mixed).toBeGreaterThan(0);
    expect(mixed).toBeLessThan(0.6);
  });
});

describe('findBijoyRuns', () => {
  it('returns the Bijoy line of a mixed note and nothing of the English lines', () => {
    const note =
      'Workshop notes (Dhaka):\ncÖevmx Kj¨vY gš¿Yvjq mycvwik ev¯Íevqb Ki‡e|\nNext meeting in May.';
    const runs = findBijoyRuns(note).map((run) => note.slice(run.start, run.end));
    expect(runs).toEqual(['cÖevmx Kj¨vY gš¿Yvjq mycvwik ev¯Íevqb Ki‡e|']);
  });
});
