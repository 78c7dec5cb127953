import { useCallback, useRef, useState } from 'react';
import { DEFAULT_BOARD_ID } from '../../domain/board';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { useToasts } from '../../ui/toast/toast-context';
import { DropZone } from './drop-zone';
import { ExportButton } from './export-button';
import type { ExportStatus, PrintPicture } from './export-work';
import type { ImportRequest } from './import-session';
import styles from './snapshots.module.css';
import { useSnapshotParts } from './use-snapshot-parts';
import { WorkProgress } from './work-progress';

const ACCEPT = '.json,.csv,.tsv,.txt,.md,.png,application/json,text/csv,text/markdown,image/png';

/**
 * Export and Import for the app's header, and the drop zone over the whole app. Only the
 * buttons and the drop listener are in the first screen: the menu, the exports and the import
 * flow load as the person heads for them (use-snapshot-parts.ts).
 */
export function SnapshotControls({ boardId = DEFAULT_BOARD_ID }: { boardId?: string }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const input = useRef<HTMLInputElement>(null);
  const { parts, load } = useSnapshotParts();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [printing, setPrinting] = useState<PrintPicture | null>(null);
  const [importing, setImporting] = useState<ImportRequest | null>(null);
  const reportError = useCallback(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      toasts.show({ tone: 'error', message: t('snapshots.failed', { reason }) });
    },
    [toasts, t],
  );
  const approach = useCallback(() => void load().catch(reportError), [load, reportError]);
  const onFile = useCallback(
    (file: File) => {
      setImporting((previous) => ({ file, id: (previous?.id ?? 0) + 1 }));
      approach();
    },
    [approach],
  );
  const endPrint = useCallback(() => {
    setPrinting(null);
    setStatus(null);
  }, []);

  return (
    <div className={styles.controls}>
      <ExportButton
        busy={status !== null}
        onApproach={approach}
        menu={(close) =>
          parts ? (
            <parts.ExportMenu
              close={close}
              onStatus={setStatus}
              onPrint={setPrinting}
              onError={reportError}
            />
          ) : (
            <p role="status">{t('snapshots.export.reading')}</p>
          )
        }
      />
      <Button onClick={() => input.current?.click()} onPointerEnter={approach} onFocus={approach}>
        {t('snapshots.import.button')}
      </Button>
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
      {status && status.format !== 'print' && (
        <WorkProgress
          label={t(`snapshots.export.progress.${status.format}`)}
          done={status.done}
          total={status.total}
        />
      )}
      {parts && printing && <parts.PrintView {...printing} onDone={endPrint} />}
      <DropZone onFile={onFile} onFileNear={approach} />
      {parts && importing && (
        <parts.ImportSession boardId={boardId} request={importing} onError={reportError} />
      )}
    </div>
  );
}
