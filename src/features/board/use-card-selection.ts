import { useCallback, useMemo, useRef, useState } from 'react';

export type SelectGesture = 'toggle' | 'range';

export interface CardSelection {
  /** The "Select" mode: a click selects instead of opening, and every card shows a checkbox. */
  selecting: boolean;
  setSelecting: (on: boolean) => void;
  selected: ReadonlySet<string>;
  /**
   * Toggles a card, or selects the range from the last toggled card to it (`order` is the
   * column it sits in, top to bottom); stable, so memoised cards stay memoised.
   */
  select: (cardId: string, gesture: SelectGesture, order: readonly string[]) => void;
  clear: () => void;
  /** Keeps only the cards still on the board (after a bulk archive or another tab's edit). */
  retain: (present: (cardId: string) => boolean) => void;
}

/** The board's selection of cards for bulk edits: card ids, never a copy of the cards. */
export function useCardSelection(): CardSelection {
  const [selecting, setSelectingState] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const select = useCallback((cardId: string, gesture: SelectGesture, order: readonly string[]) => {
    const from = anchor.current === null ? -1 : order.indexOf(anchor.current);
    const to = order.indexOf(cardId);
    setSelected((current) => {
      const next = new Set(current);
      if (gesture === 'range' && from >= 0 && to >= 0) {
        const [start, end] = from < to ? [from, to] : [to, from];
        for (const id of order.slice(start, end + 1)) next.add(id);
      } else if (next.has(cardId)) next.delete(cardId);
      else next.add(cardId);
      return next;
    });
    if (gesture === 'toggle' || from < 0) anchor.current = cardId;
  }, []);

  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);

  const setSelecting = useCallback(
    (on: boolean) => {
      setSelectingState(on);
      if (!on) clear();
    },
    [clear],
  );

  const retain = useCallback((present: (cardId: string) => boolean) => {
    setSelected((current) => {
      const kept = [...current].filter(present);
      return kept.length === current.size ? current : new Set(kept);
    });
  }, []);

  return useMemo(
    () => ({ selecting, setSelecting, selected, select, clear, retain }),
    [selecting, setSelecting, selected, select, clear, retain],
  );
}
