import { describe, expect, it } from 'vitest';
import { JoinedTextBuilder, sliceJoined, sourceRange } from './joined-text';

function join(source: string, lines: string[]) {
  const builder = new JoinedTextBuilder();
  for (const line of lines) builder.append(line, source.indexOf(line));
  return builder.build();
}

describe('JoinedTextBuilder', () => {
  it('joins lines with a space and maps each part back to the source', () => {
    const source = 'The ministry should\nact now.';
    const joined = join(source, ['The ministry should', 'act now.']);
    expect(joined.text).toBe('The ministry should act now.');
    const at = joined.text.indexOf('act');
    expect(sourceRange(joined, at, at + 3)).toEqual([20, 23]);
    expect(sourceRange(joined, 0, joined.text.length)).toEqual([0, source.length]);
  });

  it.each([
    [['safe migra-', 'tion for all'], 'safe migration for all'],
    [['a skill-', 'based approach'], 'a skill-based approach'],
    [['the pre-', 'departure stage'], 'the pre-departure stage'],
    [['sub-', 'agents'], 'sub-agents'],
    [['Bangla-', 'Desh'], 'Bangla- Desh'],
  ])('joins %j as "%s"', (lines, expected) => {
    expect(join(lines.join('\n'), lines).text).toBe(expected);
  });

  it('slices keep the mapping', () => {
    const source = 'one two\nthree four';
    const joined = join(source, ['one two', 'three four']);
    const slice = sliceJoined(joined, 4, 13);
    expect(slice.text).toBe('two three');
    expect(sourceRange(slice, 0, slice.text.length)).toEqual([4, 13]);
  });
});
