/*
 * A synthetic workshop report of any length, for the extractor's size test and the bench
 * (npm run bench times a 300 KB one as text and a 50-page one as a PDF). Every page has a
 * running header, a session heading, narrative, two attributed calls in prose, a three-item
 * list under a forceful heading and a page footer: five recommendations a page.
 */

const FILLER = [
  'The session brought together officials, researchers, returnee migrants and representatives',
  'of civil society organisations from the districts with the highest rates of labour',
  'migration. Presentations covered the trends of the last decade, the profile of workers',
  'going to the Gulf and to Malaysia, and the experience of families left behind, drawing on',
  'household surveys and on interviews with workers in Cumilla, Tangail and Chattogram.',
];

const SYLLABLES = ['ka', 'ro', 'mi', 'tu', 'sha', 'len', 'po', 'dar', 'bi', 'zu'];

/** A made-up place name of its own for each page, so no page's lines repeat another's. */
function placeName(n: number): string {
  const digits = String(n).split('');
  const name = digits.map((digit) => SYLLABLES[Number(digit)] ?? '').join('');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function reportPage(n: number, pages: number): string {
  const place = placeName(n);
  return [
    'Workshop Report on Labour Migration and Development',
    '',
    `Session ${n}: Discussion on District ${n}`,
    '',
    `The session was held on 20 June 2017 at the BIAM Auditorium in Dhaka. The chair welcomed the participants of district ${n}.`,
    '',
    ...FILLER,
    '',
    `Mr. Karim Uddin ${n}, Director, BMET, said that the government should open a migrant resource centre in district ${n}. He also noted that recruiting agencies must publish their fees.`,
    '',
    ...FILLER,
    '',
    ...FILLER,
    '',
    `Recommendations of Session ${n}`,
    '',
    `• Establish a help desk for returnees in ${place}.`,
    '• Train union officials on fair recruitment and on the rights of women',
    `  workers in ${place}.`,
    `• Reduce the cost of sending remittances to ${place} through banks.`,
    '',
    `Page ${n} of ${pages}`,
  ].join('\n');
}

/** `pages` pages, split by form feeds as a PDF's text comes out: 1,750 characters a page. */
export function syntheticReport(pages: number): string {
  return Array.from({ length: pages }, (_, k) => reportPage(k + 1, pages)).join('\n\f');
}
