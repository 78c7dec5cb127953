// No React here: the early board opening (app/board-opening.ts) needs the board's name first.
import { englishMessages, type Locale, type MessageKey } from './messages';
import { type MessageParams, translate } from './translate';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (calendarDate: string) => string;
  /** An event time, in the viewer's own time zone. */
  formatInstant: (instant: string) => string;
}

/**
 * The Intl locale behind each UI language. English uses day-month-year (en-GB): the order
 * used in Bangladesh and across the UN system, never ambiguous the way 03/04 is.
 */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB' };

export function createI18n(locale: Locale, messages = englishMessages): I18n {
  const intlLocale = INTL_LOCALES[locale];
  // Intl formatters are costly to build: each is made the first time it is needed.
  let dateFormat: Intl.DateTimeFormat | undefined;
  let instantFormat: Intl.DateTimeFormat | undefined;
  const dates = () =>
    (dateFormat ??= new Intl.DateTimeFormat(intlLocale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }));
  const instants = () =>
    (instantFormat ??= new Intl.DateTimeFormat(intlLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }));
  return {
    locale,
    formatInstant: (instant) => instants().format(new Date(instant)),
    t: (key, params) => translate(messages, intlLocale, key, params),
    // Calendar dates are formatted in UTC so a date never shifts by the viewer's time zone.
    formatDate: (calendarDate) => dates().format(new Date(`${calendarDate}T00:00:00Z`)),
  };
}
