import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useUndoLatestAction, useUndoStack } from '../../queries/undo-context';
import { useToasts } from '../../ui/toast/toast-context';
import { ImportDialog } from './import-dialog';
import { type ImportOutcome, useImportFlow } from './use-import-flow';

/** A file to import; each new `id` starts a new import, even of the same file. */
export interface ImportRequest {
  file: File;
  id: number;
}

/**
 * The import of the latest file picked or dropped: the dialog, then one journaled write,
 * which is one undo step; its result is said in a toast (a polite live region).
 */
export function ImportSession({
  boardId,
  request,
  onError,
}: {
  boardId: string;
  request: ImportRequest;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const toasts = useToasts();
  const undoLatest = useUndoLatestAction();
  const undoStack = useUndoStack();
  const importer = useImportFlow(boardId);
  const { open } = importer;
  // Each request opens once, whatever else re-runs the effect (a new `open`, Strict Mode).
  const opened = useRef(0);
  useEffect(() => {
    if (opened.current === request.id) return;
    opened.current = request.id;
    open(request.file).catch(onError);
  }, [request, open, onError]);

  const onWrite = (write: () => Promise<ImportOutcome | null>) => {
    // An import that changed nothing (a file merged twice) is no step: its toast offers no
    // Undo, which would take back whatever was done before it.
    const before = undoStack.latest()?.entryId;
    write().then((outcome) => {
      importer.close();
      if (!outcome) return;
      const undo = undoStack.latest()?.entryId === before ? undefined : undoLatest();
      toasts.show({
        tone: 'info',
        message: outcomeWords(outcome, t),
        action: undo && { label: t('sample.undo'), onAction: undo },
      });
    }, fail);
  };
  const fail = (error: unknown) => {
    importer.close();
    onError(error);
  };

  return <ImportDialog importer={importer} onWrite={onWrite} onError={fail} />;
}

function outcomeWords(outcome: ImportOutcome, t: ReturnType<typeof useI18n>['t']): string {
  switch (outcome.kind) {
    case 'replaced':
      return t('snapshots.done.replaced', { count: outcome.count });
    case 'merged':
      return t('snapshots.done.merged', {
        added: outcome.added,
        updated: outcome.updated,
        conflicts: outcome.conflicts,
      });
    case 'added':
      return outcome.skipped > 0
        ? t('snapshots.done.addedSkipped', { count: outcome.added, skipped: outcome.skipped })
        : t('snapshots.done.added', { count: outcome.added });
  }
}
