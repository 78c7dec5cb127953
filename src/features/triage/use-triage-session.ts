import { useCallback, useState } from 'react';
import type { TriageDecision, TriageLogEntry } from './triage-log';

export type TriagePhase = 'start' | 'cards' | 'summary';
export type TriageNavigation = 'next' | 'previous' | 'skip' | 'finish';

/**
 * Where a session is: its cards (fixed when it starts), the card shown, and every decision
 * saved, in order. Kept in memory: the decisions themselves are on the board and in the journal.
 */
export function useTriageSession() {
  const [queue, setQueue] = useState<readonly string[]>([]);
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<TriagePhase>('start');
  const [log, setLog] = useState<readonly TriageLogEntry[]>([]);

  const start = useCallback((cardIds: readonly string[]) => {
    setQueue(cardIds);
    setIndex(0);
    setPhase(cardIds.length > 0 ? 'cards' : 'summary');
  }, []);

  const record = useCallback((cardId: string, decision: TriageDecision) => {
    setLog((entries) => [...entries, { cardId, decision }]);
  }, []);

  const navigate = useCallback(
    (command: TriageNavigation) => {
      if (command === 'previous') return setIndex((at) => Math.max(0, at - 1));
      if (command === 'finish') return setPhase('summary');
      const cardId = queue[index];
      if (command === 'skip' && cardId !== undefined) record(cardId, { kind: 'skipped' });
      if (index + 1 < queue.length) setIndex(index + 1);
      else setPhase('summary');
    },
    [queue, index, record],
  );

  return {
    queue,
    index,
    phase,
    log,
    cardId: phase === 'cards' ? queue[index] : undefined,
    start,
    record,
    navigate,
    backToCards: useCallback(() => setPhase('cards'), []),
  };
}
