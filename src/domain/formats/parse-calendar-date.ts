import { toAsciiDigits } from '../../lib/numbers';
import { foldForSearch } from '../../lib/text';

/*
 * Month names as people type them in a spreadsheet: English names and abbreviations, and the
 * Bangla names of the Gregorian months as Intl's bn-BD writes them, long and short (the app's
 * own dates, "১৫ এপ্রি, ২০২৫", are short). Add spellings here.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'জানুয়ারি', 'জানুয়ারী', 'জানু'],
  ['february', 'feb', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব'],
  ['march', 'mar', 'মার্চ'],
  ['april', 'apr', 'এপ্রিল', 'এপ্রি'],
  ['may', 'মে'],
  ['june', 'jun', 'জুন'],
  ['july', 'jul', 'জুলাই', 'জুল'],
  ['august', 'aug', 'আগস্ট', 'আগষ্ট', 'আগ'],
  ['september', 'sep', 'sept', 'সেপ্টেম্বর', 'সেপ্ট', 'সেপ'],
  ['october', 'oct', 'অক্টোবর', 'অক্টো'],
  ['november', 'nov', 'নভেম্বর', 'নভে'],
  ['december', 'dec', 'ডিসেম্বর', 'ডিসে'],
];

const MONTH_BY_NAME = new Map<string, number>(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [foldForSearch(name), index + 1])),
);

/**
 * A weekday before the date, as Intl's full style writes it ("Wednesday, 15 January 2025",
 * "বুধবার, ১৫ জানুয়ারি, ২০২৫"): it names no date of its own, so it is read past, not checked.
 */
const LEADING_WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:রবি|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি)বার),?\s+/iu;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([\p{L}\p{M}]+)\.?,?\s+(\d{4})$/u;
const NAME_DAY_YEAR = /^([\p{L}\p{M}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;

/**
 * A calendar date (YYYY-MM-DD) from what a person typed: 2024-03-05, 05/03/2024 (day first),
 * 5 March 2024, March 5, 2024, in ASCII or Bangla digits (৫ মার্চ, ২০২৪), after a weekday or
 * not (বুধবার, ১৫ জানুয়ারি, ২০২৫). Null when the text
 * is not a date or names an impossible one (31/02/2024): impossible dates are never shifted.
 */
export function parseCalendarDate(input: string): string | null {
  const value = toAsciiDigits(input.normalize('NFC')).trim().replace(LEADING_WEEKDAY, '');
  const iso = ISO.exec(value);
  if (iso) return dateFromParts(iso[1], iso[2], iso[3]);
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return dateFromParts(dmy[3], dmy[2], dmy[1]);
  const dny = DAY_NAME_YEAR.exec(value);
  if (dny) return dateFromParts(dny[3], monthNumber(dny[2]), dny[1]);
  const ndy = NAME_DAY_YEAR.exec(value);
  if (ndy) return dateFromParts(ndy[3], monthNumber(ndy[1]), ndy[2]);
  return null;
}

function monthNumber(name: string | undefined): string | undefined {
  const month = name === undefined ? undefined : MONTH_BY_NAME.get(foldForSearch(name));
  return month === undefined ? undefined : String(month);
}

function dateFromParts(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
