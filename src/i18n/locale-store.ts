import { createI18n, type I18n } from './create-i18n';
import { loadLocaleBundle } from './load-messages';
import { initialLocale, rememberLocale } from './locale-choice';
import type { Locale } from './messages';

/*
 * The active language for the whole page, outside React so the first render, the error
 * toasts made in main.tsx and the language switch all read the same one.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let active: I18n = createI18n('en');
let requested: Locale = 'en';

function applyToDocument(i18n: I18n): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = i18n.locale;
}

/**
 * Loads a locale's messages (a chunk for Bangla), then makes it active, remembers it and
 * repaints. Rejects when the messages cannot be loaded: nothing changes, nothing is remembered.
 */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  requested = locale;
  const bundle = await loadLocaleBundle(locale);
  // A quicker later choice wins over a slower earlier one.
  if (requested !== locale) return;
  if (remember) rememberLocale(locale);
  active = createI18n(locale, bundle.messages, bundle.vocabulary);
  applyToDocument(active);
  for (const listener of listeners) listener();
}

export function activeI18n(): I18n {
  return active;
}

export function subscribeToLocale(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let ready: Promise<void> | undefined;

/**
 * Starts with this device's language (remembered, else the browser's) once per page; the
 * first render waits for it so a Bangla reader never sees an English flash.
 */
export function localeReady(): Promise<void> {
  ready ??= setLocale(initialLocale(), false).catch(() => {
    // The Bangla chunk failed to load (offline before it was cached): stay in English.
  });
  return ready;
}
