import { describe, expect, it } from 'vitest';
import { readHeading } from './headings';
import { normaliseLines } from './normalise-lines';

/** Reads the heading (if any) at the first line of `text`. */
function headingOf(text: string) {
  const { lines } = normaliseLines(text);
  const [line] = lines;
  if (!line) throw new Error('no line');
  const rest = lines.slice(1);
  return readHeading(line, {
    afterBreak: true,
    next: rest[0] ?? null,
    nextText: rest.find((candidate) => candidate.kind === 'text') ?? null,
  });
}

describe('readHeading', () => {
  it.each([
    ['## Way forward\nText.', 'Way forward', 'forceful'],
    ['RECOMMENDATIONS\nThe meeting…', 'RECOMMENDATIONS', 'forceful'],
    ['Key Recommendations\n\nText.', 'Key Recommendations', 'forceful'],
    ['3. Recommendations\n\nText.', 'Recommendations', 'forceful'],
    ['**Agenda**\n- Welcome', 'Agenda', 'neutral'],
    ['List of Participants\n\n1. A', 'List of Participants', 'neutral'],
    ['Pre-Departure Services\n\nText.', 'Pre-Departure Services', 'plain'],
    ['Recommendations:\n- Text', 'Recommendations', 'forceful'],
  ])('reads %j as "%s" (%s)', (text, name, force) => {
    const heading = headingOf(text);
    expect(heading?.text).toBe(name);
    expect(heading?.force).toBe(force);
  });

  it.each([
    'The participants recommended the following:\n- a',
    '1. Strengthen data collection\n2. Expand training',
    '1. Establish Migrant Resource Centres\n2. Expand Training',
    'The government should act now.\n',
    'Mr. Shahidul Alam, Director General of\nBMET, said…',
  ])('sees no heading in %j', (text) => {
    expect(headingOf(text)).toBeNull();
  });

  it('levels: numbering and capitals are structural, title case is not', () => {
    expect(headingOf('2.1 Background\n\nx')).toMatchObject({ level: 2, structural: true });
    expect(headingOf('BACKGROUND\n\nx')).toMatchObject({ level: 1, structural: true });
    expect(headingOf('Background Notes\n\nx')).toMatchObject({ level: 2, structural: false });
  });
});
