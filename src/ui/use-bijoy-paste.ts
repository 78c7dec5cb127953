import { type ClipboardEvent, useCallback, useState } from 'react';
import { looksLikeBijoy } from '../lib/bijoy/detect-bijoy';

export interface BijoyPaste {
  /** Give to the field's onPaste: it notices Bijoy text, never changes what was pasted. */
  onPaste: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** True while the offer to convert is shown. */
  offered: boolean;
  close: () => void;
}

/**
 * Notices text typed in a Bijoy (SutonnyMJ-style) font being pasted into a field, so the
 * person can be offered a conversion. Nothing changes without their say.
 */
export function useBijoyPaste(): BijoyPaste {
  const [offered, setOffered] = useState(false);
  const onPaste = useCallback((event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (looksLikeBijoy(event.clipboardData.getData('text/plain'))) setOffered(true);
  }, []);
  const close = useCallback(() => setOffered(false), []);
  return { onPaste, offered, close };
}
