import type { MergePreview, SnapshotSummary } from '../../domain/formats/import-plan';
import type { SnapshotData } from '../../domain/snapshot';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './snapshots.module.css';
import type { SnapshotMode } from './use-import-flow';

interface SnapshotPreviewProps {
  summary: SnapshotSummary;
  fileVersion: number;
  board: SnapshotData;
  mode: SnapshotMode;
  preview: MergePreview | null;
  onMode: (mode: SnapshotMode) => void;
  onImport: () => void;
}

/** A Recboard file (or image): replace the board or merge into it, and what each would do. */
export function SnapshotPreview(props: SnapshotPreviewProps) {
  const { summary, fileVersion, board, mode, preview, onMode, onImport } = props;
  const { t, formatInstant } = useI18n();
  const incoming = summary.recommendations;
  return (
    <div className={styles.preview}>
      <p>
        {t('snapshots.snapshot.about', {
          date: formatInstant(summary.exportedAt),
          count: incoming,
          version: summary.appVersion,
        })}
      </p>
      {fileVersion < summary.schemaVersion && (
        <p>{t('snapshots.snapshot.migrated', { from: fileVersion, to: summary.schemaVersion })}</p>
      )}
      <fieldset className={styles.modes}>
        <legend>{t('snapshots.snapshot.mode')}</legend>
        {(['replace', 'merge'] as const).map((each) => (
          <label key={each}>
            <input
              type="radio"
              name="snapshot-mode"
              checked={mode === each}
              onChange={() => onMode(each)}
            />
            <span>
              <strong>{t(`snapshots.snapshot.${each}`)}</strong>{' '}
              {t(`snapshots.snapshot.${each}.hint`)}
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'replace' ? (
        <p data-testid="import-summary">
          {t('snapshots.snapshot.replaceSummary', {
            count: board.recommendations.length,
            incoming,
          })}
        </p>
      ) : preview === null ? (
        <p role="status">{t('snapshots.snapshot.comparing')}</p>
      ) : (
        <MergeSummary preview={preview} />
      )}
      <div className={styles.actions}>
        <Button
          variant="primary"
          onClick={onImport}
          disabled={mode === 'merge' && preview === null}
        >
          {t(mode === 'replace' ? 'snapshots.snapshot.doReplace' : 'snapshots.snapshot.doMerge')}
        </Button>
      </div>
    </div>
  );
}

function MergeSummary({ preview }: { preview: MergePreview }) {
  const { t } = useI18n();
  const { cards, other } = preview;
  return (
    <>
      <p data-testid="import-summary">
        {t('snapshots.merge.counts', {
          added: cards.added,
          updated: cards.updated,
          unchanged: cards.unchanged,
        })}
      </p>
      <p>{t('snapshots.merge.other', { added: other.added, updated: other.updated })}</p>
      {preview.conflicts.length > 0 && (
        <>
          <p>{t('snapshots.merge.conflicts', { count: preview.conflicts.length })}</p>
          <ul className={styles.conflicts} aria-label={t('snapshots.merge.conflictList')}>
            {preview.conflicts.map((conflict) => (
              <li key={conflict.cardId}>
                {conflict.title}{' '}
                <span className={styles.muted}>
                  {t(`snapshots.merge.setAside.${conflict.setAside}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
