import { describe, expect, it } from 'vitest';
import { decisionHolds, summarizeTriage, type TriageLogEntry } from './triage-log';

describe('summarizeTriage', () => {
  it('lists cards in the order first decided on, decisions in the order taken', () => {
    const log: TriageLogEntry[] = [
      { cardId: 'b', decision: { kind: 'response', response: 'accepted' } },
      { cardId: 'a', decision: { kind: 'due_date', date: '2026-12-31' } },
      { cardId: 'b', decision: { kind: 'lead_actor', actorId: 'bmet' } },
      { cardId: 'a', decision: { kind: 'note', text: 'Ask the ministry' } },
    ];
    expect(summarizeTriage(log)).toEqual([
      {
        cardId: 'b',
        decisions: [
          { kind: 'response', response: 'accepted' },
          { kind: 'lead_actor', actorId: 'bmet' },
        ],
      },
      {
        cardId: 'a',
        decisions: [
          { kind: 'due_date', date: '2026-12-31' },
          { kind: 'note', text: 'Ask the ministry' },
        ],
      },
    ]);
  });

  it('keeps the last value of a field set twice, in its last place', () => {
    const log: TriageLogEntry[] = [
      { cardId: 'a', decision: { kind: 'response', response: 'accepted' } },
      { cardId: 'a', decision: { kind: 'column', columnId: 'c1' } },
      { cardId: 'a', decision: { kind: 'response', response: 'noted' } },
    ];
    expect(summarizeTriage(log)[0]?.decisions).toEqual([
      { kind: 'column', columnId: 'c1' },
      { kind: 'response', response: 'noted' },
    ]);
  });

  it('cancels a stage added then removed, and keeps every note', () => {
    const log: TriageLogEntry[] = [
      { cardId: 'a', decision: { kind: 'stage', stageId: 'return', added: true } },
      { cardId: 'a', decision: { kind: 'note', text: 'one' } },
      { cardId: 'a', decision: { kind: 'stage', stageId: 'transit', added: true } },
      { cardId: 'a', decision: { kind: 'stage', stageId: 'return', added: false } },
      { cardId: 'a', decision: { kind: 'note', text: 'two' } },
    ];
    expect(summarizeTriage(log)[0]?.decisions).toEqual([
      { kind: 'note', text: 'one' },
      { kind: 'stage', stageId: 'transit', added: true },
      { kind: 'note', text: 'two' },
    ]);
  });

  it('lists a skip only for a card nothing else was decided on', () => {
    const log: TriageLogEntry[] = [
      { cardId: 'a', decision: { kind: 'skipped' } },
      { cardId: 'b', decision: { kind: 'skipped' } },
      { cardId: 'a', decision: { kind: 'response', response: 'accepted' } },
      { cardId: 'b', decision: { kind: 'skipped' } },
    ];
    expect(summarizeTriage(log)).toEqual([
      { cardId: 'a', decisions: [{ kind: 'response', response: 'accepted' }] },
      { cardId: 'b', decisions: [{ kind: 'skipped' }] },
    ]);
  });
});

describe('decisionHolds', () => {
  const card = {
    response: 'accepted' as const,
    columnId: 'c1',
    leadActorId: 'bmet',
    dueDate: '2026-12-31',
    stageIds: ['return' as const],
  };

  it('holds while the card shows the decision', () => {
    expect(decisionHolds({ kind: 'response', response: 'accepted' }, card)).toBe(true);
    expect(decisionHolds({ kind: 'column', columnId: 'c1' }, card)).toBe(true);
    expect(decisionHolds({ kind: 'lead_actor', actorId: 'bmet' }, card)).toBe(true);
    expect(decisionHolds({ kind: 'due_date', date: '2026-12-31' }, card)).toBe(true);
    expect(decisionHolds({ kind: 'stage', stageId: 'return', added: true }, card)).toBe(true);
    expect(decisionHolds({ kind: 'stage', stageId: 'transit', added: false }, card)).toBe(true);
    expect(decisionHolds({ kind: 'note', text: 'x' }, card)).toBe(true);
  });

  it('no longer holds once undone or changed', () => {
    expect(decisionHolds({ kind: 'response', response: 'noted' }, card)).toBe(false);
    expect(decisionHolds({ kind: 'column', columnId: 'c2' }, card)).toBe(false);
    expect(decisionHolds({ kind: 'lead_actor', actorId: 'iom' }, card)).toBe(false);
    expect(decisionHolds({ kind: 'due_date', date: '2027-01-01' }, card)).toBe(false);
    expect(decisionHolds({ kind: 'stage', stageId: 'return', added: false }, card)).toBe(false);
  });
});
