import { englishMessages, type Locale, type Messages } from './messages';

/** Built-in reference words (actors, GCM objectives, SDG targets, default columns) by key. */
export type Vocabulary = Readonly<Record<string, string>>;

export interface LocaleBundle {
  messages: Messages;
  vocabulary: Vocabulary;
}

const ENGLISH: LocaleBundle = { messages: englishMessages, vocabulary: {} };

/**
 * English is in the main bundle; Bangla is a chunk of its own, fetched only when chosen, so
 * English users pay nothing for it. A key a translation lacks falls back to English (the
 * parity test fails on it), so a key added to en.json never shows as a bare key.
 */
export async function loadLocaleBundle(locale: Locale): Promise<LocaleBundle> {
  if (locale === 'en') return ENGLISH;
  const [messages, vocabulary] = await Promise.all([
    import('./locales/bn.json'),
    import('./locales/bn-vocabulary.json'),
  ]);
  return {
    messages: { ...englishMessages, ...(messages.default as Partial<Messages>) },
    vocabulary: vocabulary.default as Vocabulary,
  };
}

export function englishBundle(): LocaleBundle {
  return ENGLISH;
}

let pageMessages: Promise<void> | null = null;

/**
 * Adds the English messages of the lazy pages and dialogs (en-pages.json) to the first
 * screen's. Loaded once; a failed load (offline before the app was cached) is tried again on
 * the next call.
 */
export function loadPageMessages(): Promise<void> {
  pageMessages ??= import('./locales/en-pages.json').then(
    (module) => {
      Object.assign(englishMessages, module.default);
    },
    (error: unknown) => {
      pageMessages = null;
      throw error;
    },
  );
  return pageMessages;
}
