import type { CueLexicon } from './cue-lexicon';

/** The rest of a Bangla word: its verb ending or case suffix (জানান, জানিয়েছেন, জানানো…). */
const REST = '[\\u0980-\\u09FF]*';
/** A whole Bangla word. */
const WORD = '[\\u0980-\\u09FF]+';

/**
 * The extractor reads NFC text, where য় and ড় are a letter and a nukta: every entry is made
 * NFC too, whichever way it was typed here.
 */
function nfc(entries: string[]): string[] {
  return entries.map((entry) => entry.normalize('NFC'));
}

/**
 * Bangla cues, as workshop reports and minutes in Bangladesh write them (see the glossary's
 * "সুপারিশ" and the reform-commission tracking it cites). Bangla puts the verb last, so the
 * speaker rules, built on English word order, have no Bangla entries yet.
 */
export const BANGLA_CUES: CueLexicon = {
  strong: nfc([
    // "should": করা উচিত, দেওয়া উচিৎ (both spellings are common)
    'উচিত',
    'উচিৎ',
    'অবশ্যই',
    'আবশ্যক',
    // "must": নিশ্চিত করতে হবে, নিতে হবে
    `${WORD}তে হবে`,
    `সুপারিশ (?:কর|জানা)${REST}`,
    `আহ্বান (?:জানা|কর)${REST}`,
    `দাবি (?:জানা|কর)${REST}`,
    `জোর (?:দে|দি)${REST}`,
    'প্রয়োজন',
    'প্রয়োজনীয়তা',
    'অপরিহার্য',
    'জরুরি',
    'জরুরী',
  ]),
  medium: nfc([
    `প্রস্তাব (?:কর|দে|দি)${REST}`,
    `পরামর্শ (?:কর|দে|দি)${REST}`,
    `অনুরোধ (?:কর|জানা)${REST}`,
    'দরকার',
    'গুরুত্বপূর্ণ',
  ]),
  weak: nfc(['বিবেচনা করা যেতে পারে', 'ভালো হবে']),
  cancelled: nfc([
    // "should have": করা উচিত ছিল
    'উচিত ছিল',
    'উচিৎ ছিল',
    '(?:প্রয়োজন|দরকার) (?:নেই|নাই|ছিল না)',
  ]),
  narrative: nfc([
    `অনুষ্ঠিত হ${REST}`,
    `উদ্বোধন কর${REST}`,
    `সভাপতিত্ব কর${REST}`,
    `স্বাগত (?:বক্তব্য|জানা)${REST}`,
    `ধন্যবাদ (?:জানা|দে|দি)${REST}`,
    `আয়োজন কর${REST}`,
    'উপস্থিত ছিলেন',
  ]),
  forceHeadings: nfc([
    // সুপারিশ, সুপারিশমালা, সুপারিশসমূহ
    `সুপারিশ${REST}`,
    'করণীয়',
    'ভবিষ্যৎ করণীয়',
    'পরবর্তী পদক্ষেপ',
    `দাবি${REST}`,
    'প্রস্তাবনা',
    'কর্মপরিকল্পনা',
  ]),
  neutralHeadings: nfc([
    'পটভূমি',
    'ভূমিকা',
    'উদ্দেশ্য',
    'আলোচ্যসূচি',
    `অংশগ্রহণকারী${REST}`,
    'স্বাগত বক্তব্য',
    'সমাপনী',
    'মুক্ত আলোচনা',
    'সারসংক্ষেপ',
    'পরিশিষ্ট',
  ]),
  imperatives: [],
  speechVerbs: [],
  honorifics: nfc(['জনাব', 'ড\\.', 'ডঃ', 'অধ্যাপক', 'ব্যারিস্টার', 'মাননীয়', 'বেগম', 'মোঃ']),
  speakerGroups: nfc([`(?:অংশগ্রহণকারী|বক্তা|আলোচক|প্যানেলিস্ট|বিদেশফেরত|প্রবাসফেরত|প্রতিনিধি)${REST}`]),
  eventNouns: nfc([`(?:কর্মশালা|সভা|সেমিনার|সংলাপ|প্রতিবেদন)${REST}`]),
  speakerOpeners: [],
  speakingOccasions: [],
  clauseOpeners: [],
  pronouns: nfc(['তিনি', 'তাঁরা', 'তারা', 'উনি']),
};
