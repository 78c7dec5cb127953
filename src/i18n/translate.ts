import type { MessageKey, Messages } from './messages';

export type MessageParams = Record<string, string | number>;

// Building an Intl object costs far more than using one, and cards call t() many times per
// render: one of each per locale, made on first use.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/**
 * Looks up a message, picks its plural form when a numeric `count` is given, and fills
 * `{placeholders}`. Numbers are formatted for the locale, so Bangla shows Bangla digits.
 */
export function translate(
  messages: Messages,
  locale: string,
  key: MessageKey,
  params: MessageParams = {},
): string {
  const table = messages as Record<string, string>;
  let template = table[key];
  const count = params.count;
  if (typeof count === 'number') {
    const form = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
    template = table[`${key}_${form}`] ?? table[`${key}_other`] ?? template;
  }
  if (template === undefined) return key;
  if (!template.includes('{')) return template;
  const numberFormat = cached(numberFormats, locale, () => new Intl.NumberFormat(locale));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
