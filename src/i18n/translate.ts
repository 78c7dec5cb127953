import type { MessageKey, Messages } from './messages';

export type MessageParams = Record<string, string | number>;

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
    const form = new Intl.PluralRules(locale).select(count);
    template = table[`${key}_${form}`] ?? table[`${key}_other`] ?? template;
  }
  if (template === undefined) return key;
  const numberFormat = new Intl.NumberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
