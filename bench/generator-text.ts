import { SAMPLE_RECOMMENDATIONS } from '../src/db/sample/sample-recommendations';
import { SAMPLE_WORKSHOPS } from '../src/db/sample/sample-workshops';
import type { Random } from './prng';

/*
 * Text pools for the generated board, taken from the hand-written sample (real workshop
 * recommendations), so card heights, wrapping and search cost look like a real board's.
 */

/** Every sentence of the sample recommendations. */
const SENTENCES: readonly string[] = SAMPLE_RECOMMENDATIONS.flatMap((rec) =>
  rec.text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0),
);

export const TITLES: readonly string[] = SAMPLE_RECOMMENDATIONS.map((rec) => rec.title).filter(
  (title) => title.length > 0,
);
export const SPEAKERS: readonly string[] = [
  ...new Set(SAMPLE_RECOMMENDATIONS.map((rec) => rec.raisedBy)),
];
export const LABELS: readonly string[] = [
  ...new Set(SAMPLE_RECOMMENDATIONS.flatMap((rec) => rec.labels)),
];
export const WORKSHOP_TITLES: readonly string[] = SAMPLE_WORKSHOPS.map((w) => w.title);
export const WORKSHOP_NOTES: readonly string[] = SAMPLE_WORKSHOPS.map((w) => w.notes);
export const PLACES: readonly string[] = [
  'Dhaka',
  'Chattogram',
  'Sylhet',
  'Cumilla',
  'Khulna',
  'Rajshahi',
  'Cox’s Bazar',
  'Online',
];

export const ACTION_TEXTS: readonly string[] = [
  'Draft terms of reference for the working group',
  'Share the draft with the ministry focal point for comments',
  'Map existing pre-departure orientation curricula by district',
  'Hold a consultation with returnee migrant workers’ associations',
  'Collect sex-disaggregated data from the district offices',
  'Prepare a costed action plan for the next fiscal year',
  'Agree a referral pathway with the shelters and legal aid providers',
  'Brief the parliamentary caucus before the budget session',
  'Translate the information leaflet into Bangla and print 5,000 copies',
  'Set up a quarterly review meeting with the recruiting agencies',
  'Request the list of certified training centres from BMET',
  'Publish the progress report on the network website',
];

export const NOTE_TEXTS: readonly string[] = [
  'The ministry confirmed the focal point; the first meeting is scheduled.',
  'Draft circulated to the working group; comments received from four members.',
  'Funding secured for the pilot in three districts.',
  'Training of trainers completed; 42 officers took part.',
  'Delayed: the consultation was postponed until after the budget session.',
  'The policy brief was presented at the network meeting and endorsed.',
  'Data collection started in two districts; the tool is being revised.',
  'Follow-up letter sent to the embassy labour wings.',
];

export const NOTE_AUTHORS: readonly string[] = [
  'IOM focal point',
  'LMTWG secretariat',
  'RMMRU',
  '',
];

/**
 * Recommendation text of about `length` characters (at least 60), cut at a word boundary and
 * ending with a full stop, from sample sentences chosen at random.
 */
export function recommendationText(random: Random, length: number): string {
  let text = '';
  while (text.length < length) text += `${text ? ' ' : ''}${random.pick(SENTENCES)}`;
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length - 1);
  const trimmed = text.slice(0, cut > 60 ? cut : length).replace(/[\s,;:–-]+$/u, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
