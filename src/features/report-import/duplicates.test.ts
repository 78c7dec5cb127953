import { describe, expect, it } from 'vitest';
import { dice, duplicateIndex, words } from './duplicates';

const cards = [
  { id: 'a', text: 'Empower the embassies to increase access to legal aid.', workshopId: 'w1' },
  { id: 'b', text: 'Open a help desk at the airport.', workshopId: 'w1' },
  { id: 'c', text: 'Empower the embassies to increase access to legal aid.', workshopId: 'w2' },
];

describe('duplicates of cards on the board', () => {
  it('compares words, not spacing, case or punctuation', () => {
    expect(
      dice(words('Open a HELP-desk  at the airport'), words('open a help desk at the airport.')),
    ).toBe(1);
    expect(dice(words('one two three four'), words('one two five six'))).toBe(0.5);
  });

  it('flags a candidate whose words mostly match a card of the same workshop', () => {
    const index = duplicateIndex(cards, 'w1');
    expect(index.find('We must empower the embassies to increase access to legal aid.')).toEqual({
      cardId: 'a',
      similarity: 0.9,
    });
    expect(index.find('Train district officials on safe migration.')).toBeNull();
  });

  it('ignores cards of other workshops, and everything when no workshop is chosen yet', () => {
    expect(duplicateIndex(cards, 'w3').find(cards[0]?.text ?? '')).toBeNull();
    expect(duplicateIndex(cards, null).find(cards[0]?.text ?? '')).toBeNull();
    expect(duplicateIndex(cards, 'w2').find(cards[0]?.text ?? '')).toEqual({
      cardId: 'c',
      similarity: 1,
    });
  });

  it('matches Bangla typed in either encoding', () => {
    const nfd = 'প্রবাসী কর্মীদের প্রশিক্ষণ দিতে হবে'.normalize('NFD');
    const index = duplicateIndex([{ id: 'x', text: nfd.normalize('NFC'), workshopId: 'w' }], 'w');
    expect(index.find(nfd)?.cardId).toBe('x');
  });
});
