/**
 * Finds the first calendar date written in a common form: "20 June 2017", "20th June, 2017",
 * "20-21 June 2017" (the first day), "June 20, 2017", "2017-06-20", "20.06.2017", "20/06/2017"
 * (day first, as Bangladesh writes it, unless the second number cannot be a month). Bangla
 * digits are read as digits.
 */

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH = `(${MONTHS.join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '(?:\\s*(?:[-–—&]|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?';

const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}${RANGE}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((pattern) => new RegExp(`^${pattern}$`).test(lower)) + 1;
}

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function westernDigits(text: string): string {
  return text.replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6));
}

type Reader = (match: RegExpExecArray) => string | null;

const READERS: Array<[RegExp, Reader]> = [
  [DAY_MONTH_YEAR, (m) => toIso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]))],
  [MONTH_DAY_YEAR, (m) => toIso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]))],
  [ISO, (m) => toIso(Number(m[1]), Number(m[2]), Number(m[3]))],
  [
    NUMERIC,
    (m) => {
      const first = Number(m[1]);
      const second = Number(m[2]);
      const year = Number(m[3]);
      return second > 12 ? toIso(year, first, second) : toIso(year, second, first);
    },
  ],
];

export function findDate(text: string): FoundDate | null {
  const digits = westernDigits(text);
  let best: FoundDate | null = null;
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(digits);
    if (!match || (best && match.index >= best.index)) continue;
    const iso = read(match);
    if (iso) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}
