import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ImportRow } from '../../domain/formats/csv-validate-rows';
import type { ImportProblem } from '../../domain/formats/import-problem';
import { useI18n } from '../../i18n/i18n-context';
import { csvProblemWords, type RowUnit, rowWords } from './problem-words';
import styles from './snapshots.module.css';

interface RowView {
  row: number;
  card: ImportRow | undefined;
  problems: ImportProblem[];
}

/** Past this many rows the list is virtualised: only the rows in view are rendered. */
const VIRTUALISE_FROM = 60;
const ROW_HEIGHT = 56;

function rowViews(rows: readonly ImportRow[], problems: readonly ImportProblem[]): RowView[] {
  const byRow = new Map<number, RowView>();
  const view = (row: number) => {
    let found = byRow.get(row);
    if (!found) {
      found = { row, card: undefined, problems: [] };
      byRow.set(row, found);
    }
    return found;
  };
  for (const card of rows) view(card.row).card = card;
  for (const problem of problems)
    if (problem.row !== null) view(problem.row).problems.push(problem);
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/** Every row of the file as it will be imported, its problems marked beside it. */
export function CsvRows({
  rows,
  problems,
  unit,
}: {
  rows: readonly ImportRow[];
  problems: readonly ImportProblem[];
  unit: RowUnit;
}) {
  const { t } = useI18n();
  const views = rowViews(rows, problems);
  const scroller = useRef<HTMLElement>(null);
  const virtual = views.length >= VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? views.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const item = (view: RowView) => (
    <>
      <span className={styles.rowNumber}>{rowWords(view.row, t, unit)}</span>{' '}
      {view.card ? view.card.title || view.card.text : t('snapshots.csv.rowSkipped')}
      {view.problems.length > 0 && (
        <ul className={styles.rowProblems}>
          {view.problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's problems never reorder
            <li key={index}>{csvProblemWords(problem, t, unit)}</li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <section
      ref={scroller}
      className={styles.rows}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes focus so the keyboard can scroll it
      tabIndex={0}
      aria-label={t('snapshots.csv.rowsTitle')}
    >
      {virtual ? (
        <ol className={styles.rowList} style={{ blockSize: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((entry) => {
            const view = views[entry.index];
            if (!view) return null;
            return (
              <li
                key={view.row}
                ref={virtualizer.measureElement}
                data-index={entry.index}
                data-problem={view.problems.length > 0 || undefined}
                aria-setsize={views.length}
                aria-posinset={entry.index + 1}
                className={styles.rowItem}
                style={{ position: 'absolute', insetBlockStart: entry.start, insetInline: 0 }}
              >
                {item(view)}
              </li>
            );
          })}
        </ol>
      ) : (
        <ol className={styles.rowList}>
          {views.map((view) => (
            <li
              key={view.row}
              data-problem={view.problems.length > 0 || undefined}
              className={styles.rowItem}
            >
              {item(view)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
