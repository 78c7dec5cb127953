import { describe, expect, it } from 'vitest';
import { RESPONSES } from '../response';
import { ENGLISH_LABELS } from './fixtures/sample-board';
import { termLookup, termsFromLabels } from './term-lookup';

describe('termLookup', () => {
  const bangla = {
    awaiting: 'সাড়ার অপেক্ষায়',
    accepted: 'গৃহীত',
    accepted_in_part: 'আংশিক গৃহীত',
    noted: 'লক্ষ্য করা হয়েছে',
    not_applicable: 'প্রযোজ্য নয়',
  };
  const find = termLookup(termsFromLabels(RESPONSES, ENGLISH_LABELS.responses, bangla));

  it('finds a term by its id or any language’s label, loosely', () => {
    expect(find('accepted_in_part')).toBe('accepted_in_part');
    expect(find('ACCEPTED IN PART')).toBe('accepted_in_part');
    expect(find('Accepted-in-part.')).toBe('accepted_in_part');
    expect(find('আংশিক  গৃহীত')).toBe('accepted_in_part');
    expect(find('গৃহীত')).toBe('accepted');
  });

  it('finds nothing for an unknown name or an empty one', () => {
    expect(find('Rejected')).toBeUndefined();
    expect(find('  ')).toBeUndefined();
  });

  it('lets the first term keep a name two terms share', () => {
    const shared = termLookup([
      { id: 'a', names: ['Same'] },
      { id: 'b', names: ['same', 'Other'] },
    ]);
    expect(shared('same')).toBe('a');
    expect(shared('other')).toBe('b');
  });
});
