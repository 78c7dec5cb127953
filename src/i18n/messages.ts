import en from './locales/en.json';

/** English is the source of truth: every other locale must have exactly these keys. */
export type Messages = typeof en;

/** Keys whose plural forms are stored as `key_one`, `key_other`, … */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralBase<K> = K extends `${infer Base}_${PluralForm}` ? Base : never;

export type MessageKey =
  | Exclude<keyof Messages, `${string}_${PluralForm}`>
  | PluralBase<keyof Messages>;

export const englishMessages: Messages = en;

export const SUPPORTED_LOCALES = ['en', 'bn'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return SUPPORTED_LOCALES.some((locale) => locale === value);
}
