import { useCallback, useState } from 'react';
import { loadPageMessages } from '../../i18n/load-messages';

type SnapshotParts = typeof import('./snapshot-parts');

let loaded: SnapshotParts | null = null;
let pending: Promise<SnapshotParts> | null = null;

function loadParts(): Promise<SnapshotParts> {
  // Their words load with them (i18n/messages.ts).
  pending ??= Promise.all([import('./snapshot-parts'), loadPageMessages()]).then(
    ([parts]) => {
      loaded = parts;
      return parts;
    },
    (error: unknown) => {
      // Not kept: the next approach tries again (a flaky network, a new deploy).
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * The export menu and the import flow, loaded when a person heads for them (a pointer over
 * or focus on Export or Import, a file dragged in), so the click finds them ready. `parts` is
 * null until then; `load` resolves once they are in.
 */
export function useSnapshotParts() {
  const [parts, setParts] = useState(loaded);
  const load = useCallback(
    () =>
      loadParts().then((next) => {
        setParts(next);
        return next;
      }),
    [],
  );
  return { parts, load };
}
