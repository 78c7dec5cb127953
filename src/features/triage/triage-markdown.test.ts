import { describe, expect, it } from 'vitest';
import type { TriageDecision } from './triage-log';
import { triageMinutesMarkdown } from './triage-markdown';

const titles: Record<string, string> = { a: 'Pre-departure orientation', b: 'Fees *capped*' };
const words = {
  title: 'Triage minutes',
  card: (id: string) => titles[id] ?? id,
  decision: (decision: TriageDecision) =>
    decision.kind === 'response' ? `Response: ${decision.response}` : `Note: ${decision.kind}`,
  empty: 'Nothing decided.',
};

describe('triageMinutesMarkdown', () => {
  it('writes one numbered section per card, decisions as a list, in order', () => {
    const markdown = triageMinutesMarkdown(
      [
        { cardId: 'b', decisions: [{ kind: 'response', response: 'noted' }] },
        {
          cardId: 'a',
          decisions: [
            { kind: 'response', response: 'accepted' },
            { kind: 'note', text: 'x' },
          ],
        },
      ],
      words,
    );
    expect(markdown).toBe(
      [
        '# Triage minutes',
        '',
        '## 1. Fees \\*capped\\*',
        '',
        '- Response: noted',
        '',
        '## 2. Pre-departure orientation',
        '',
        '- Response: accepted',
        '- Note: note',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing was decided', () => {
    expect(triageMinutesMarkdown([], words)).toBe('# Triage minutes\n\nNothing decided.\n');
  });
});
