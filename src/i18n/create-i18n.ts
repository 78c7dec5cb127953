// No React here: the early board opening (app/board-opening.ts) needs the board's name first.
import { DEFAULT_COLUMNS } from '../domain/default-columns';
import type { Vocabulary } from './load-messages';
import { englishMessages, type Locale, type MessageKey, type Messages } from './messages';
import { type MessageParams, translate } from './translate';

export interface I18n {
  locale: Locale;
  /** The BCP 47 tag given to Intl (and to `<html lang>` as its language). */
  intlLocale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (calendarDate: string) => string;
  /** An event time, in the viewer's own time zone. */
  formatInstant: (instant: string) => string;
  formatNumber: (value: number) => string;
  /** A year in the locale's digits, never grouped: 2026, ২০২৬ (formatNumber writes 2,026). */
  formatYear: (year: number) => string;
  /** Items as a list read in the locale: "A, B and C" (en-GB), "ক, খ এবং গ" (bn). */
  formatList: (items: readonly string[]) => string;
  /** Sorts names the way readers of the locale expect (Bangla alphabetical order in bn). */
  compare: (a: string, b: string) => number;
  /**
   * A built-in reference word (a built-in actor's name, a GCM objective…) in this locale, or
   * the English `fallback` the domain holds. Keys: see locales/bn-vocabulary.json.
   */
  term: (key: string, fallback: string) => string;
  /** An actor's abbreviation: a built-in one's in this locale, a user's as typed. */
  actorAbbr: (actor: { id: string; abbr: string }) => string;
  actorName: (actor: { id: string; name: string }) => string;
  /** "abbreviation – name" in this locale (the name alone when they are the same). */
  actorLabel: (actor: { id: string; abbr: string; name: string }) => string;
  /**
   * A column's name as shown: a new board's built-in column, still under its English name,
   * in this locale; any other name as the user typed it.
   */
  columnName: (column: { id: string; name: string }) => string;
  /** The board's name as shown: the built-in one, never renamed, in this locale. */
  boardName: (board: { name: string }) => string;
}

/** A new board's columns by id, with the English name they are created under. */
const BUILT_IN_COLUMNS = new Map(DEFAULT_COLUMNS.map((column) => [column.id, column]));

/**
 * The Intl locale behind each UI language. English uses day-month-year (en-GB): the order
 * used in Bangladesh and across the UN system, never ambiguous the way 03/04 is.
 */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', bn: 'bn-BD' };

export function createI18n(
  locale: Locale,
  messages: Messages = englishMessages,
  vocabulary: Vocabulary = {},
): I18n {
  const intlLocale = INTL_LOCALES[locale];
  // Intl formatters are costly to build: each is made the first time it is needed.
  let dateFormat: Intl.DateTimeFormat | undefined;
  let instantFormat: Intl.DateTimeFormat | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  let yearFormat: Intl.NumberFormat | undefined;
  let collator: Intl.Collator | undefined;
  let listFormat: Intl.ListFormat | undefined;
  const dates = () =>
    (dateFormat ??= new Intl.DateTimeFormat(intlLocale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }));
  // bn-BD's default 12-hour clock prints a Latin "AM"/"PM": a 24-hour clock stays all Bangla.
  const instants = () =>
    (instantFormat ??= new Intl.DateTimeFormat(intlLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(locale === 'bn' ? { hourCycle: 'h23' as const } : {}),
    }));
  const numbers = () => (numberFormat ??= new Intl.NumberFormat(intlLocale));
  const years = () => (yearFormat ??= new Intl.NumberFormat(intlLocale, { useGrouping: false }));
  const collation = () => (collator ??= new Intl.Collator(intlLocale));
  const lists = () => (listFormat ??= new Intl.ListFormat(intlLocale, { type: 'conjunction' }));
  return {
    locale,
    intlLocale,
    formatInstant: (instant) => instants().format(new Date(instant)),
    t: (key, params) => translate(messages, intlLocale, key, params),
    // Calendar dates are formatted in UTC so a date never shifts by the viewer's time zone.
    formatDate: (calendarDate) => dates().format(new Date(`${calendarDate}T00:00:00Z`)),
    formatNumber: (value) => numbers().format(value),
    formatYear: (year) => years().format(year),
    formatList: (items) => lists().format(items),
    compare: (a, b) => collation().compare(a, b),
    term: (key, fallback) => vocabulary[key] ?? fallback,
    // User actors have UUID ids, which never match a built-in actor's key.
    actorAbbr: (actor) => vocabulary[`actor.${actor.id}.abbr`] ?? actor.abbr,
    actorName: (actor) => vocabulary[`actor.${actor.id}.name`] ?? actor.name,
    actorLabel: (actor) => {
      const abbr = vocabulary[`actor.${actor.id}.abbr`] ?? actor.abbr;
      const name = vocabulary[`actor.${actor.id}.name`] ?? actor.name;
      return abbr === name || abbr === ''
        ? name
        : translate(messages, intlLocale, 'actor.label', { abbr, name });
    },
    // The stored name is the data (exports and other devices read it): only its display is
    // translated, and only while the user has not renamed it.
    columnName: (column) => {
      const builtIn = BUILT_IN_COLUMNS.get(column.id);
      return builtIn?.name === column.name
        ? (vocabulary[`column.${builtIn.key}`] ?? column.name)
        : column.name;
    },
    boardName: (board) =>
      board.name === englishMessages['board.defaultName']
        ? translate(messages, intlLocale, 'board.defaultName')
        : board.name,
  };
}
