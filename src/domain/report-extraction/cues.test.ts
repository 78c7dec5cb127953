import { describe, expect, it } from 'vitest';
import { readCues, startsWithGerund, startsWithImperative } from './cues';

describe('readCues', () => {
  it.each([
    ['The government should act.', 'strong'],
    ['BMET needs to publish the list.', 'strong'],
    ['Speakers stressed the need for a hotline.', 'strong'],
    ['It is imperative to cut fees.', 'strong'],
    ['Participants called for a review.', 'strong'],
    ['There is an urgent need for shelters.', 'strong'],
    ['One speaker suggested a mobile app.', 'medium'],
    ['She added, the need to empower the embassies.', 'medium'],
    ['She stressed the importance of partnerships.', 'strong'],
    ['He emphasized on proper reintegration.', 'medium'],
    ['Restoration of the agencies is required.', 'medium'],
    ['It is important to engage employers.', 'medium'],
    ['The ministry could consider a pilot.', 'weak'],
  ])('reads "%s" as %s', (text, strength) => {
    expect(readCues(text).strength).toBe(strength);
  });

  it.each([
    'The workshop should have started earlier.',
    'Officials could have done more.',
    'The proposed law was tabled in 2013.',
    'They discussed how the government should respond.',
    'There is no need to change the Act.',
  ])('finds no call in "%s"', (text) => {
    expect(readCues(text).strength).toBeNull();
  });

  it('knows a call made in narrative about the event itself', () => {
    expect(readCues('The meeting was held to say that fees must fall.').narrative).toBe(true);
    expect(readCues('The meeting was held in Dhaka.').narrative).toBe(false);
    expect(readCues('Migrants should be protected.').narrative).toBe(false);
  });

  it('matches whole words only', () => {
    expect(readCues('A mustard seed shoulder.').strength).toBeNull();
  });

  it('recognises orders at the start of a passage', () => {
    expect(startsWithImperative('Strengthen the MRCs.')).toBe(true);
    expect(startsWithImperative('“Ensure decent work”')).toBe(true);
    expect(startsWithImperative('Strengthening the MRCs.')).toBe(false);
    expect(startsWithGerund('Strengthening the MRCs.')).toBe(true);
    expect(startsWithGerund('Setting up a fund.')).toBe(true);
    expect(startsWithImperative('Welcome address')).toBe(false);
  });
});
