/**
 * The Bijoy (SutonnyMJ-family) ANSI layout: the Latin character a Bijoy document stores and the
 * Bangla its font draws. Values are in Bijoy's visual order (pre-base vowel signs first, reph
 * last); bijoy-to-unicode.ts moves them into Unicode's logical order.
 *
 * Code points were checked against OmicronLab Avro's Unicode→Bijoy2000 constants (MPL-1.1; only
 * the facts are used) and against real SutonnyMJ text. Where they disagree the SutonnyMJ usage
 * wins (Í = ্ত, ø = ্ল, æ = ু, ÿ = ক্ষ): that is what pasted documents contain.
 * Characters absent here (ASCII punctuation, spaces) pass through unchanged.
 */

/** Stands for the reph (©) until it is moved in front of its consonant cluster. */
export const REPH_MARK = '\uE000';

/** Groups of "Bijoy Unicode" pairs separated by spaces, one group per line. */
const GROUPS = [
  // Independent vowels (Av must win over A: longest match first).
  'Av আ A অ B ই C ঈ D উ E ঊ F ঋ G এ H ঐ I ও J ঔ',
  'K ক L খ M গ N ঘ O ঙ P চ Q ছ R জ S ঝ T ঞ U ট V ঠ W ড X ঢ Y ণ Z ত _ থ ` দ a ধ b ন',
  'c প d ফ e ব f ভ g ম h য i র j ল k শ l ষ m স n হ o ড় p ঢ় q য় r ৎ s ং t ঃ u ঁ',
  // Vowel signs; the first spelling of each is the one Bijoy keyboards type.
  'v া w ি x ী y ু z ু “ ু – ু æ ু ~ ূ ƒ ূ ‚ ূ … ৃ „ ৃ ‡ ে † ে ‰ ৈ ˆ ৈ Š ৗ',
  // Ya-phala after ra is র + ZWJ + ্য (র‍্যাব); without the ZWJ it would draw as a reph.
  'i¨ র\u200D্য',
  // Full conjuncts, and consonant + vowel glyphs.
  '° ক্ক ± ক্ট ² ক্ষ্ম ³ ক্ত ´ ক্ম µ ক্র ¶ ক্ষ ÿ ক্ষ · ক্স ¸ গু ¹ গ্গ º গ্দ » গ্ধ ¼ ঙ্ক ½ ঙ্গ',
  '¾ জ্জ À জ্ঝ Á জ্ঞ Â ঞ্চ Ã ঞ্ছ Ä ঞ্জ Å ঞ্ঝ Æ ট্ট Ç ড্ড È ণ্ট É ণ্ঠ Ê ণ্ড Ë ত্ত Ì ত্থ Î ত্র',
  'Ï দ্দ × দ্ধ Ø দ্ব Ù দ্ম Ú ন্ঠ Û ন্ড Ü ন্ধ Ý ন্স Þ প্ট ß প্ত à প্প á প্স â ব্জ ã ব্দ ä ব্ধ',
  'å ভ্র ç ম্ফ é ল্ক ê ল্গ ë ল্ট ì ল্ড í ল্প î ল্ফ ï শু ð শ্চ ñ শ্ছ ò ষ্ণ ó ষ্ট ô ষ্ঠ õ ষ্ফ',
  'ö স্খ ÷ স্ট ù স্ফ û হু ü হৃ ý হ্ন þ হ্ম',
  // First halves: a consonant with its hasanta, joined to the glyph that follows.
  '¤ ম্ ® ষ্ ¯ স্ ” চ্ • ঙ্ ˜ দ্ ™ দ্ š ন্ › ন্',
  // Ya-phala, ra-phala and other second halves. After a first half the hasanta doubles up;
  // the converter collapses it.
  '¨ ্য Ö ্র ª ্র « ্র ^ ্ব ¡ ্ব ¦ ্ব Ÿ ্ব ¥ ্ম § ্ম ø ্ল ¬ ্ল \u00AD ্ল \u2212 ্ল',
  'œ ্ন è ্ণ ‹ ্ক Œ ্ক্র Í ্ত — ্ত ¿ ্ত্র ‘ ্তু ’ ্থ ¢ ্ভ £ ্ভ্র ú ্প',
  // Word processors turn ’ into a straight apostrophe; after these halves it can only be ্থ.
  "¯' স্থ š' ন্থ",
  `© ${REPH_MARK} & ্\u200C`,
  '0 ০ 1 ১ 2 ২ 3 ৩ 4 ৪ 5 ৫ 6 ৬ 7 ৭ 8 ৮ 9 ৯',
  '| । \\ ॥ $ ৳ Ò “ Ó ” Ô ‘ Õ ’ Ñ —',
];

function toPairs(groups: readonly string[]): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const group of groups) {
    const parts = group.split(' ');
    for (let index = 0; index + 1 < parts.length; index += 2) {
      pairs.push([parts[index] ?? '', parts[index + 1] ?? '']);
    }
  }
  return pairs;
}

/**
 * [Bijoy, Unicode] pairs. The first pair for a Unicode value is the spelling Bijoy keyboards
 * produce; later pairs are variants the same fonts draw identically.
 */
export const BIJOY_TO_UNICODE: ReadonlyArray<readonly [string, string]> = toPairs(GROUPS);

/**
 * Glyphs that are also everyday typography (dashes, curly quotes, ellipsis, ©, &). They are read
 * as Bangla only right after a Bangla letter; elsewhere ("2010–2015", "R&D") they stay as typed.
 */
export const BANGLA_ONLY_AFTER_LETTER: ReadonlySet<string> = new Set([...'—–“‘’…„‚&©Š']);

/** Pre-base vowels and first halves that are also typography: Bangla only before a letter. */
export const BANGLA_ONLY_BEFORE_LETTER: ReadonlySet<string> = new Set([...'‡†‰ˆ”•™']);
