import { describe, expect, it } from 'vitest';
import { inlineBulletStarts, parseMarker } from './markers';

describe('parseMarker', () => {
  it.each([
    ['• Text', 'bullet'],
    ['- Text', 'bullet'],
    ['* Text', 'bullet'],
    ['– Text', 'bullet'],
    ['▪Text', 'bullet'],
    ['\uF0B7 Text', 'bullet'],
    ['1. Text', 'number'],
    ['12) Text', 'number'],
    ['(3) Text', 'number'],
    ['a) Text', 'letter'],
    ['(b) Text', 'letter'],
    ['B) Text', 'letter'],
    ['A. Strengthen', 'letter'],
    ['i. Text', 'roman'],
    ['(iv) Text', 'roman'],
    ['2.1 Background', 'outline'],
  ])('reads "%s" as a %s marker', (text, style) => {
    expect(parseMarker(text)?.style).toBe(style);
  });

  it.each([
    '-3 per cent',
    '2017. The year',
    '1.5 million migrants',
    'e.g. this',
    'A. K. Azad said',
    'Mr. X',
  ])('sees no marker in "%s"', (text) => {
    expect(parseMarker(text)).toBeNull();
  });

  it('knows a marker standing alone and where the text begins', () => {
    expect(parseMarker('3.')?.bare).toBe(true);
    expect(parseMarker('•')?.bare).toBe(true);
    expect(parseMarker('(a)  Text')?.textOffset).toBe(5);
  });

  it('finds bullets printed side by side in one line', () => {
    const text = '• Fees • Visas ▪ Contracts';
    expect(inlineBulletStarts(text).map((at) => text.slice(at))).toEqual([
      '• Visas ▪ Contracts',
      '▪ Contracts',
    ]);
  });
});
