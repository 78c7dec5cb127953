import { type ComponentProps, lazy, Suspense } from 'react';
import { loadPageMessages } from '../../i18n/load-messages';

/*
 * The column settings and "Move to…" dialogs load when first opened, with their messages:
 * the board's first screen needs neither, and its JavaScript budget (200 kB gzipped) is tight.
 * Both chunks are precached, so they open offline too.
 */

const ColumnSettings = lazy(() =>
  Promise.all([import('./column-settings-dialog'), loadPageMessages()]).then(([module]) => ({
    default: module.ColumnSettingsDialog,
  })),
);

const MoveTo = lazy(() =>
  Promise.all([import('./move-to-dialog'), loadPageMessages()]).then(([module]) => ({
    default: module.MoveToDialog,
  })),
);

export function LazyColumnSettingsDialog(props: ComponentProps<typeof ColumnSettings>) {
  return (
    <Suspense fallback={null}>
      <ColumnSettings {...props} />
    </Suspense>
  );
}

export function LazyMoveToDialog(props: ComponentProps<typeof MoveTo>) {
  return (
    <Suspense fallback={null}>
      <MoveTo {...props} />
    </Suspense>
  );
}
