import { describe, expect, it } from 'vitest';
import { convertBijoySegments, convertBijoyToUnicode } from './bijoy-to-unicode';
import { BIJOY_PARAGRAPHS, BIJOY_PHRASES } from './fixtures/migration-fixtures';

/** Bijoy typed by other people (not by our encoder), with the Unicode it stands for. */
const TYPED_ELSEWHERE: ReadonlyArray<readonly [string, string]> = [
  // un.int Bangladesh mission page, quoted in the glossary.
  ['wbDBqK©, 14 b‡f¤^i 2016', 'নিউইয়র্ক, ১৪ নভেম্বর ২০১৬'],
  // The usage example of the bijoytounicode package on PyPI (first two sentences).
  [
    '‡Kv‡bv †Kv‡bv w`b, AvKvk‡Rvov †gN K‡i, Kv‡R gb e‡m bv| †W‡¯‹i mvg‡bi Rvbvjvi c`©v Zz‡j w`B|',
    'কোনো কোনো দিন, আকাশজোড়া মেঘ করে, কাজে মন বসে না। ডেস্কের সামনের জানালার পর্দা তুলে দিই।',
  ],
  ['Avgvi †mvbvi evsjv, Avwg †Zvgvq fv‡jvevwm|', 'আমার সোনার বাংলা, আমি তোমায় ভালোবাসি।'],
  ['evsjv wc«›U ‡U÷', 'বাংলা প্রিন্ট টেস্ট'],
];

/** Spellings our encoder never writes but SutonnyMJ documents contain (typed by hand here). */
const VARIANTS: ReadonlyArray<readonly [string, string, string]> = [
  ['‡ at a word start', '‡`k', 'দেশ'],
  ['— as ্ত', 'Avš—R©vwZK', 'আন্তর্জাতিক'],
  ["' for ’ after স্", "e¨e¯'v", 'ব্যবস্থা'],
  ['reph after ী', 'agx©q', 'ধর্মীয়'],
  ['chandrabindu before ৗ', '†cuŠ‡Q', 'পৌঁছে'],
  ['ÿ as ক্ষ', 'cÖwkÿY', 'প্রশিক্ষণ'],
  ['æ as ু after র', 'Riæwi', 'জরুরি'],
  ['z as ু', 'Kzwgjøv', 'কুমিল্লা'],
  ['‚ as ূ', '`‚ieZ©x', 'দূরবর্তী'],
  ['soft hyphen as ্ল', 'M\u00ADvm', 'গ্লাস'],
  ['Ï as দ্দ', 'D‡Ïk¨', 'উদ্দেশ্য'],
  ['ã as ব্দ', 'kã', 'শব্দ'],
];

describe('convertBijoyToUnicode', () => {
  it.each(BIJOY_PHRASES)('converts the phrase $unicode', ({ bijoy, unicode }) => {
    expect(convertBijoyToUnicode(bijoy)).toBe(unicode);
  });

  it.each(BIJOY_PARAGRAPHS)('converts a paragraph exactly', ({ bijoy, unicode }) => {
    expect(convertBijoyToUnicode(bijoy)).toBe(unicode);
  });

  it.each(TYPED_ELSEWHERE)('converts Bijoy typed elsewhere: %s', (bijoy, unicode) => {
    expect(convertBijoyToUnicode(bijoy)).toBe(unicode);
  });

  it.each(VARIANTS)('reads %s', (_name, bijoy, unicode) => {
    expect(convertBijoyToUnicode(bijoy)).toBe(unicode.normalize('NFC'));
  });

  it('puts pre-base vowels, reph and split vowels in Unicode order', () => {
    // ‡ + ক + v: e-kar and aa-kar around the consonant make one ো (U+09CB).
    expect([...convertBijoyToUnicode('‡Kv')].map((c) => c.codePointAt(0))).toEqual([
      0x0995, 0x09cb,
    ]);
    // w + ক + © + ম: reph typed last comes first (র্কি), vowel sign after the cluster.
    expect(convertBijoyToUnicode('gvwK©b')).toBe('মার্কিন');
    expect(convertBijoyToUnicode('†hŠ_')).toBe('যৌথ');
    expect(convertBijoyToUnicode('ey¨‡iv')).toBe('ব্যুরো');
  });

  it('keeps ZWJ for ra + ya-phala and ZWNJ for an explicit hasanta before a consonant', () => {
    expect(convertBijoyToUnicode('i¨ve')).toBe('র\u200D্যাব');
    expect(convertBijoyToUnicode('evK&¯^vaxbZv')).toBe('বাক্\u200Cস্বাধীনতা');
    expect(convertBijoyToUnicode('evK&')).toBe('বাক্');
  });

  it('maps digits, dari, taka and quotes', () => {
    expect(convertBijoyToUnicode('2024 mv‡j $ 500| ÒAwfevmbÓ')).toBe('২০২৪ সালে ৳ ৫০০। “অভিবাসন”');
  });

  it('returns NFC', () => {
    const out = BIJOY_PARAGRAPHS.map(({ bijoy }) => convertBijoyToUnicode(bijoy)).join('\n');
    expect(out.normalize('NFC')).toBe(out);
    expect(out).not.toContain('\uE000');
  });

  it('leaves typography that touches no Bangla letter as it was', () => {
    expect(convertBijoyToUnicode('2010–2015 “ok” R&D ©')).toBe('২০১০–২০১৫ “ড়শ” জ্উ ©');
  });
});

describe('convertBijoySegments', () => {
  it('converts a whole Bijoy text', () => {
    const [first] = BIJOY_PARAGRAPHS;
    expect(first && convertBijoySegments(first.bijoy)).toBe(first?.unicode);
  });

  it('converts only the Bijoy parts of mixed text', () => {
    expect(convertBijoySegments('Title: evsjv‡`k — see https://bmet.gov.bd')).toBe(
      'Title: বাংলাদেশ — see https://bmet.gov.bd',
    );
    expect(convertBijoySegments('Recommendation 3 (cÖevmx Kj¨vY gš¿Yvjq): reduce costs.')).toBe(
      'Recommendation 3 (প্রবাসী কল্যাণ মন্ত্রণালয়): reduce costs.',
    );
    expect(convertBijoySegments('Date: 14 b‡f¤^i 2016')).toBe('Date: ১৪ নভেম্বর ২০১৬');
    expect(convertBijoySegments('বাংলাদেশ and evsjv‡`k')).toBe('বাংলাদেশ and বাংলাদেশ');
  });

  it('leaves English, addresses, numbers and Unicode Bangla untouched', () => {
    const untouched = [
      'The workshop made 14 recommendations — see https://example.org/report?id=3&x=1.',
      'Write to info@probashi.gov.bd or call +880 2 9334 888.',
      'প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়',
      '2024-03-12, 10:30, 26%, $1,200',
    ];
    for (const text of untouched) expect(convertBijoySegments(text)).toBe(text);
  });
});
