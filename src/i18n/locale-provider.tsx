import './bengali-font.css';
import { type ReactNode, useSyncExternalStore } from 'react';
import { I18nContext } from './i18n-context';
import { activeI18n, subscribeToLocale } from './locale-store';

/** Provides the active language; switching it repaints every `useI18n()` reader, no reload. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const i18n = useSyncExternalStore(subscribeToLocale, activeI18n, activeI18n);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
