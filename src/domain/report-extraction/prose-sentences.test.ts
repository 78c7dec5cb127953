import { describe, expect, it } from 'vitest';
import { splitSentences } from './prose-sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('does not stop at titles, abbreviations, decimals or initials', () => {
    const text =
      'Mr. Rahman of the Govt. of Bangladesh spoke first, e.g. on fees. Dr. A. K. M. Hossain cited 3.5 per cent and Circular No. 12. Ms. Akter closed.';
    expect(sentences(text)).toEqual([
      'Mr. Rahman of the Govt. of Bangladesh spoke first, e.g. on fees.',
      'Dr. A. K. M. Hossain cited 3.5 per cent and Circular No. 12.',
      'Ms. Akter closed.',
    ]);
  });

  it('keeps a quotation of several sentences in the sentence that reports it', () => {
    const text = '“We must act. Time is short,” she said. The session ended.';
    expect(sentences(text)).toEqual([
      '“We must act. Time is short,” she said.',
      'The session ended.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    const text = 'He said, “Migrants need protection.” Then he left.';
    expect(sentences(text)).toEqual(['He said, “Migrants need protection.”', 'Then he left.']);
  });

  it('ends Bangla sentences at the danda', () => {
    const text = 'প্রবাসীদের তথ্য দরকার। সরকারকে উদ্যোগ নিতে হবে।';
    expect(sentences(text)).toEqual(['প্রবাসীদের তথ্য দরকার।', 'সরকারকে উদ্যোগ নিতে হবে।']);
  });

  it('keeps "etc." at the end of a sentence a sentence end', () => {
    expect(sentences('Fees, visas etc. The ministry agreed.')).toEqual([
      'Fees, visas etc.',
      'The ministry agreed.',
    ]);
  });
});
