import { lazy, Suspense, useCallback, useRef } from 'react';
import { DEFAULT_BOARD_ID } from '../../domain/board';
import { useI18n } from '../../i18n/i18n-context';
import { useUndoLatestAction } from '../../queries/undo-context';
import { Button } from '../../ui/button';
import { useToasts } from '../../ui/toast/toast-context';
import { DropZone } from './drop-zone';
import { ExportMenu } from './export-menu';
import { PrintView } from './print-view';
import styles from './snapshots.module.css';
import { useExport } from './use-export';
import { type ImportOutcome, useImportFlow } from './use-import-flow';
import { WorkProgress } from './work-progress';

// The dialog and its previews load with the first import.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((module) => ({ default: module.ImportDialog })),
);

const ACCEPT = '.json,.csv,.tsv,.txt,.png,application/json,text/csv,image/png';

/**
 * Export and Import for the app's header, the drop zone over the whole app, and the import
 * dialog. Each import is one undo step; its result is said in a toast (a polite live region).
 */
export function SnapshotControls({ boardId = DEFAULT_BOARD_ID }: { boardId?: string }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const undoLatest = useUndoLatestAction();
  const input = useRef<HTMLInputElement>(null);
  const exporter = useExport();
  const importer = useImportFlow(boardId);
  const { open } = importer;
  const reportError = useCallback(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      toasts.show({ tone: 'error', message: t('snapshots.failed', { reason }) });
    },
    [toasts, t],
  );
  const onFile = useCallback(
    (file: File) => void open(file).catch(reportError),
    [open, reportError],
  );

  const onWrite = (write: () => Promise<ImportOutcome | null>) => {
    write().then(
      (outcome) => {
        importer.close();
        if (!outcome) return;
        const undo = undoLatest();
        toasts.show({
          tone: 'info',
          message: outcomeWords(outcome, t),
          action: undo && { label: t('sample.undo'), onAction: undo },
        });
      },
      (error) => {
        importer.close();
        reportError(error);
      },
    );
  };

  return (
    <div className={styles.controls}>
      <ExportMenu
        choose={exporter.choose}
        run={exporter.run}
        busy={exporter.status !== null}
        onError={reportError}
      />
      <Button onClick={() => input.current?.click()}>{t('snapshots.import.button')}</Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={t('snapshots.import.button')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {exporter.status && exporter.status.format !== 'print' && (
        <WorkProgress
          label={t(`snapshots.export.progress.${exporter.status.format}`)}
          done={exporter.status.done}
          total={exporter.status.total}
        />
      )}
      {exporter.printing && <PrintView {...exporter.printing} onDone={exporter.endPrint} />}
      <DropZone onFile={onFile} />
      {importer.flow && (
        <Suspense fallback={null}>
          <ImportDialog importer={importer} onWrite={onWrite} />
        </Suspense>
      )}
    </div>
  );
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
