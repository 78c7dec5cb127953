import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a list's `total` items to render now: `first` at once, then `step` more each
 * frame, so a long list (850 candidates from a 300 KB report) is built in short tasks and the
 * page answers input meanwhile; rendered whole, that list was one task of 1.2 to 1.4 s.
 * Items added later (a split) are rendered as the count catches up.
 */
export function useProgressiveCount(total: number, first = 30, step = 20): number {
  const [shown, setShown] = useState(() => Math.min(total, first));
  useEffect(() => {
    if (Math.max(shown, first) >= total) return;
    const frame = requestAnimationFrame(() => {
      startTransition(() =>
        setShown((current) => Math.min(total, Math.max(current, first) + step)),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, total, first, step]);
  return Math.min(total, Math.max(shown, first));
}
