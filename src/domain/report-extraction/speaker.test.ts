import { describe, expect, it } from 'vitest';
import { readSpeaker } from './speaker';

describe('readSpeaker', () => {
  it('names a speaker with titles and roles and finds the reported content', () => {
    const sentence = 'Mr. Shahidul Alam, Joint Secretary, MoEWOE, said that fees must fall.';
    const reading = readSpeaker(sentence);
    expect(reading).toMatchObject({
      kind: 'named',
      name: 'Mr. Shahidul Alam, Joint Secretary, MoEWOE',
    });
    expect(sentence.slice(reading.contentStart)).toBe('fees must fall.');
  });

  it('steps over an opener such as "In his remarks,"', () => {
    const sentence = 'In her keynote speech, Dr. Tasneem Siddiqui stressed the need for data.';
    const reading = readSpeaker(sentence);
    expect(reading).toMatchObject({ kind: 'named', name: 'Dr. Tasneem Siddiqui' });
    expect(sentence.slice(reading.contentStart)).toBe(
      'Dr. Tasneem Siddiqui stressed the need for data.',
    );
  });

  it.each([
    ['Participants suggested a hotline.', 'group', 'Participants'],
    ['Several returnees urged that loans be cheaper.', 'group', 'Several returnees'],
    ['He also noted that desks should open.', 'pronoun', null],
    ['The workshop recommended a fund.', 'event', null],
    ['It was suggested that fees fall.', 'none', null],
    ['Migrants must be protected, said Dr. Islam.', 'none', null],
    ['The government has taken many steps and agreed to act.', 'none', null],
  ])('reads "%s" as %s', (sentence, kind, name) => {
    expect(readSpeaker(sentence)).toMatchObject({ kind, name });
  });

  it('names the open discussion when no speaker is named in it', () => {
    expect(
      readSpeaker('During the open discussion, it was suggested that fees fall.'),
    ).toMatchObject({
      kind: 'group',
      name: 'Open discussion',
    });
  });
});
