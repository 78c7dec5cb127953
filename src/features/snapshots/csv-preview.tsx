import { useState } from 'react';
import type { HeaderMapping } from '../../domain/formats/csv-header-match';
import type { CsvReadResult } from '../../domain/formats/import-plan';
import { sortByRank } from '../../domain/ordering';
import type { SnapshotData } from '../../domain/snapshot';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { CsvMapping } from './csv-mapping';
import { CsvRows } from './csv-rows';
import { CsvUnknownNames, type NameChoices } from './csv-unknown-names';
import { csvProblemWords } from './problem-words';
import styles from './snapshots.module.css';

/** Every unknown actor is offered for creation, as a civil-society actor until told otherwise. */
function initialChoices(read: CsvReadResult): NameChoices {
  return {
    createActors: new Map(read.unknown.unknownActors.map((name) => [name, 'civil_society'])),
    stageFor: new Map(),
  };
}

/**
 * A CSV before import: its columns mapped to fields (changeable, remembered for files with the
 * same headers), names the board lacks, and every row with its problems.
 */
export function CsvPreview({
  read,
  board,
  onRemap,
  onImport,
}: {
  read: CsvReadResult;
  board: SnapshotData;
  onRemap: (mapping: HeaderMapping) => void;
  onImport: (choices: NameChoices & { defaultColumnId: string }) => void;
}) {
  const { t } = useI18n();
  const [choices, setChoices] = useState(() => initialChoices(read));
  const refusal = read.problems.filter((problem) => problem.effect === 'file_refused');
  const firstColumn = sortByRank(board.columns.filter((column) => column.deletedAt === null))[0];
  const skipped = read.problems.filter((problem) => problem.effect === 'row_skipped').length;
  const unit = read.source === 'markdown' ? 'line' : 'row';
  return (
    <div className={styles.preview}>
      <p data-testid="import-summary">
        {t(read.source === 'markdown' ? 'snapshots.markdown.summary' : 'snapshots.csv.summary', {
          count: read.rows.length,
          skipped,
          total: read.recordCount,
        })}
      </p>
      {read.source === 'markdown' && <p>{t('snapshots.markdown.carried')}</p>}
      {refusal.map((problem) => (
        <p key={problem.code} role="alert" className={styles.problems}>
          {csvProblemWords(problem, t, unit)}
        </p>
      ))}
      <CsvMapping headers={read.headers} mapping={read.mapping} onChange={onRemap} />
      <CsvUnknownNames unknown={read.unknown} choices={choices} onChange={setChoices} />
      <CsvRows rows={read.rows} problems={read.problems} unit={unit} />
      <div className={styles.actions}>
        <Button
          variant="primary"
          disabled={read.rows.length === 0 || refusal.length > 0 || !firstColumn}
          onClick={() => firstColumn && onImport({ ...choices, defaultColumnId: firstColumn.id })}
        >
          {t('snapshots.import.add', { count: read.rows.length })}
        </Button>
      </div>
    </div>
  );
}
