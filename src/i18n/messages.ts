import en from './locales/en.json';
import type pages from './locales/en-pages.json';

/**
 * English is the source of truth: every other locale must have exactly these keys. It comes in
 * two files (scripts/split-messages.mjs keeps them apart): en.json holds what the first screen
 * says and is in the initial script; en-pages.json holds the rest and loads with the first lazy
 * page (load-messages.ts), so the start-up pays only for the words it shows.
 */
export type Messages = typeof en & typeof pages;

/** Keys whose plural forms are stored as `key_one`, `key_other`, … */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralBase<K> = K extends `${infer Base}_${PluralForm}` ? Base : never;

export type MessageKey =
  | Exclude<keyof Messages, `${string}_${PluralForm}`>
  | PluralBase<keyof Messages>;

/**
 * The English messages: the first screen's at start, every one once loadPageMessages() has
 * resolved, which every lazy page and dialog awaits before it renders. Typed complete because
 * nothing outside the first screen reads it before then; a key read early shows as itself.
 */
export const englishMessages = { ...en } as Messages;

export const SUPPORTED_LOCALES = ['en', 'bn'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return SUPPORTED_LOCALES.some((locale) => locale === value);
}
