import { createContext, useContext } from 'react';
import { englishMessages, type Locale, type MessageKey } from './messages';
import { type MessageParams, translate } from './translate';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (calendarDate: string) => string;
}

export function createI18n(locale: Locale, messages = englishMessages): I18n {
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    locale,
    t: (key, params) => translate(messages, locale, key, params),
    // Calendar dates are formatted in UTC so a date never shifts by the viewer's time zone.
    formatDate: (calendarDate) => dateFormat.format(new Date(`${calendarDate}T00:00:00Z`)),
  };
}

export const I18nContext = createContext<I18n>(createI18n('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
