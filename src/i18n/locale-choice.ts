import { isLocale, type Locale } from './messages';

/** This device's choice; localStorage because it must be known before the first render. */
const STORAGE_KEY = 'recboard.locale';

/**
 * The remembered choice wins; otherwise the first of the browser's languages that Recboard
 * speaks (`bn`, `bn-BD`, `bn-IN` → Bangla), else English.
 */
export function pickLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

export function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: the browser's languages decide
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage blocked: the choice lasts until the page is closed.
  }
}

export function initialLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(readStoredLocale(), languages ?? []);
}
