import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { CsvPreview } from './csv-preview';
import { ProblemList } from './problem-list';
import { SnapshotPreview } from './snapshot-preview';
import { TrelloPreview } from './trello-preview';
import type { useImportFlow } from './use-import-flow';
import { WorkProgress } from './work-progress';

type Flow = ReturnType<typeof useImportFlow>;

/** The import, step by step: reading, the refusal or the preview, then writing. */
export function ImportDialog({
  importer,
  onWrite,
  onError,
}: {
  importer: Flow;
  onWrite: (write: () => ReturnType<Flow['write']>) => void;
  /** A preview the worker could not make (its database would not open): said, and closed. */
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const { flow } = importer;
  if (!flow) return null;
  const busy = flow.step === 'reading' || flow.step === 'writing';
  return (
    <Dialog
      open
      size="large"
      title={t('snapshots.import.title', { file: flow.fileName })}
      closeLabel={t('dialog.close')}
      onClose={() => !busy && importer.close()}
    >
      {flow.step === 'reading' && (
        <>
          <p role="status">{t('snapshots.import.reading')}</p>
          <WorkProgress label={t('snapshots.import.reading')} done={flow.done} total={flow.total} />
        </>
      )}
      {flow.step === 'writing' && (
        <>
          <p role="status">{t('snapshots.import.writing')}</p>
          <WorkProgress label={t('snapshots.import.writing')} done={flow.done} total={flow.total} />
        </>
      )}
      {flow.step === 'problems' && (
        <ProblemList fileName={flow.fileName} problems={flow.problems} />
      )}
      {flow.step === 'snapshot' && (
        <SnapshotPreview
          summary={flow.summary}
          fileVersion={flow.fileVersion}
          board={flow.board}
          mode={flow.mode}
          preview={flow.preview}
          onMode={(mode) => importer.setMode(mode).catch(onError)}
          onImport={() => onWrite(() => importer.write())}
        />
      )}
      {flow.step === 'trello' && (
        <TrelloPreview plan={flow.plan} onImport={() => onWrite(() => importer.write())} />
      )}
      {flow.step === 'csv' && (
        <CsvPreview
          key={JSON.stringify(flow.read.mapping)}
          read={flow.read}
          board={flow.board}
          onRemap={(mapping) => importer.remap(mapping).catch(onError)}
          onImport={(choices) => onWrite(() => importer.write(choices))}
        />
      )}
    </Dialog>
  );
}
