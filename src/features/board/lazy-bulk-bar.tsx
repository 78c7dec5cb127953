import { type ComponentProps, useEffect, useState } from 'react';
import { loadPageMessages } from '../../i18n/load-messages';

type BulkBarComponent = typeof import('./bulk-bar').BulkBar;

let loaded: BulkBarComponent | null = null;
let pending: Promise<BulkBarComponent> | null = null;

/**
 * Fetches the bulk bar's code (the bar and its value fields, about 1 kB gzipped, kept out of
 * the first load's 200 kB). The app calls it once the board has painted, so selecting cards
 * finds the bar in; a failed fetch is tried again on the next call.
 */
export function preloadBulkBar(): Promise<BulkBarComponent> {
  // Its words are the lazy pages' (i18n/messages.ts): they load with its code.
  pending ??= Promise.all([import('./bulk-bar'), loadPageMessages()]).then(
    ([module]) => {
      loaded = module.BulkBar;
      return module.BulkBar;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * The bar for the selected cards, rendered at once when its code is in (no suspending, so no
 * fallback flashes), else once it has loaded; a failed load reaches the error boundary.
 */
export function LazyBulkBar(props: ComponentProps<BulkBarComponent>) {
  const [BulkBar, setBulkBar] = useState(() => loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    // A component is a function: wrapped, so that React stores it rather than calls it.
    if (!BulkBar) preloadBulkBar().then((component) => setBulkBar(() => component), setFailure);
  }, [BulkBar]);
  if (failure) throw failure;
  return BulkBar && <BulkBar {...props} />;
}
