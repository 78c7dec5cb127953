import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createSearchIndex, type SearchIndex } from '../domain/find/search-index';
import type { Recommendation } from '../domain/recommendation';
import { boardKeys } from './query-keys';
import type { BoardData } from './read-board-data';
import { useRepositories } from './repositories-context';

/** Cards indexed per task while building: about 30 ms of work, so input is never kept waiting. */
const CHUNK = 1_000;

export type SearchIndexStatus = 'idle' | 'building' | 'ready';

/**
 * The board's text index, built the first time a search needs it (not at start-up), in
 * chunks that yield to the page between them, then kept up to date card by card: a changed
 * card (a new object, since the cache keeps unchanged ones) or changed item and note texts
 * re-index that card only. `version` changes whenever the index does.
 */
export function useSearchIndex(boardId: string, data: BoardData | undefined, wanted: boolean) {
  const repositories = useRepositories();
  const enabled = wanted && data?.complete === true;
  const { data: texts } = useQuery({
    queryKey: boardKeys.searchTexts(boardId),
    queryFn: () => repositories.search.cardTexts(boardId),
    enabled,
  });
  const index = useRef<SearchIndex | null>(null);
  const indexed = useRef(new Map<string, { card: Recommendation; texts: string[] | undefined }>());
  const [state, setState] = useState<{ status: SearchIndexStatus; version: number }>({
    status: 'idle',
    version: 0,
  });

  useEffect(() => {
    if (!enabled || !data || !texts) return;
    let cancelled = false;
    const current = index.current ?? createSearchIndex();
    const seen = indexed.current;
    const changed: Recommendation[] = [];
    for (const card of data.cardsById.values()) {
      const before = seen.get(card.id);
      if (!before || before.card !== card || before.texts !== texts.get(card.id))
        changed.push(card);
    }
    for (const id of seen.keys()) {
      if (!data.cardsById.has(id)) {
        current.remove(id);
        seen.delete(id);
      }
    }
    const first = index.current === null;
    const work = () => {
      for (const card of changed.splice(0, CHUNK)) {
        const cardTexts = texts.get(card.id);
        current.upsert({
          id: card.id,
          fields: [card.text, card.title, card.raisedBy, ...(cardTexts ?? [])],
        });
        seen.set(card.id, { card, texts: cardTexts });
      }
      if (changed.length > 0) {
        setTimeout(() => !cancelled && work(), 0);
        return;
      }
      index.current = current;
      setState((previous) => ({ status: 'ready', version: previous.version + 1 }));
    };
    if (first) setState((previous) => ({ ...previous, status: 'building' }));
    work();
    return () => {
      cancelled = true;
    };
  }, [enabled, data, texts]);

  return { index: state.status === 'ready' ? index.current : null, ...state };
}
