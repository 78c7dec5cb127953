import { describe, expect, it } from 'vitest';
import { readSpeaker } from './speaker';

describe('readSpeaker', () => {
  it('names a speaker with titles and roles', () => {
    const sentence = 'Mr. Shahidul Alam, Joint Secretary, MoEWOE, said that fees must fall.';
    expect(readSpeaker(sentence)).toMatchObject({
      kind: 'named',
      name: 'Mr. Shahidul Alam, Joint Secretary, MoEWOE',
    });
  });

  it.each([
    'In her keynote speech, Dr. Tasneem Siddiqui stressed the need for data.',
    'Dr. Tasneem Siddiqui, in her keynote speech, stressed the need for data.',
  ])('leaves the occasion out of the name: %s', (sentence) => {
    expect(readSpeaker(sentence)).toMatchObject({ kind: 'named', name: 'Dr. Tasneem Siddiqui' });
  });

  it.each([
    'Thanking the organisers, he said the film helped.',
    'This workshop, he added, is timely.',
  ])('reads the subject after an opening clause: %s', (sentence) => {
    expect(readSpeaker(sentence).kind).toBe('pronoun');
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

  it('names a speaker written after the quotation', () => {
    expect(readSpeaker('“We must act now,” said one returnee from Qatar.')).toMatchObject({
      kind: 'group',
      name: 'One returnee from Qatar',
    });
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
