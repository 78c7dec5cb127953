import { useCallback, useState } from 'react';
import { actorDirectory } from '../../domain/actor';
import { isEmptyFilter } from '../../domain/find/filter-chips';
import { boardCards, filteredCards, snapshotOfCards } from '../../domain/formats/board-export';
import type { Recommendation } from '../../domain/recommendation';
import type { SnapshotData } from '../../domain/snapshot';
import { I18nContext, useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { downloadBlob, downloadText } from '../../lib/download';
import { useRepositories } from '../../queries/repositories-context';
import { BoardPicture, type BoardPictureProps } from './board-picture';
import { currentViewState } from './current-view';
import type { ExportScope } from './export-files';
import { filterWords } from './filter-words';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'png' | 'print';

/** What an export is doing, for the progress bar: a format, and rows done of total. */
export interface ExportStatus {
  format: ExportFormat;
  done: number;
  total: number;
}

/** The board and what the current filter shows of it, read when the export menu opens. */
export interface ExportChoice {
  data: SnapshotData;
  boardCards: Recommendation[];
  /** The filtered cards, or null when no filter is active. */
  filtered: Recommendation[] | null;
  filterWords: string;
}

/**
 * Every export: built from one consistent read of the board, downloaded, and its work
 * reported for the progress bar. A filtered export covers the cards the filter shows.
 */
export function useExport() {
  const repositories = useRepositories();
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [printing, setPrinting] = useState<Omit<BoardPictureProps, 'layout'> | null>(null);

  const choose = useCallback(async (): Promise<ExportChoice> => {
    const data = await repositories.snapshotImport.current();
    const { filter } = currentViewState();
    const active = !isEmptyFilter(filter);
    const names = { actors: actorDirectory(data.actors), workshops: data.workshops };
    return {
      data,
      boardCards: boardCards(data),
      filtered: active ? filteredCards(data, filter, todayCalendarDate()) : null,
      filterWords: active ? filterWords(filter, t, names) : '',
    };
  }, [repositories, t]);

  const run = useCallback(
    async (format: ExportFormat, choice: ExportChoice, onlyFiltered: boolean) => {
      const filtered = onlyFiltered && choice.filtered !== null;
      const cards = filtered ? (choice.filtered ?? []) : choice.boardCards;
      const scope: ExportScope = {
        data: choice.data,
        cards: filtered ? cards : null,
        filterWords: filtered ? choice.filterWords : '',
      };
      const today = todayCalendarDate();
      const picture = {
        data: choice.data,
        cards,
        title: choice.data.boards[0]?.name ?? t('board.defaultName'),
        filterWords: scope.filterWords,
        date: formatDate(today),
      };
      const fileData = () => (filtered ? snapshotOfCards(choice.data, cards) : choice.data);
      const stamp = new Date().toISOString();
      setStatus({ format, done: 0, total: cards.length });
      if (format === 'print') {
        setPrinting(picture);
        return;
      }
      try {
        // Loaded when first used: the CSV writer (papaparse) and the report stay out of start-up.
        const { csvFile, exportFileName, markdownFile } = await import('./export-files');
        if (format === 'json') {
          const snapshot = filtered
            ? repositories.snapshotImport.envelope(fileData())
            : await repositories.backup.exportSnapshot();
          const text = JSON.stringify(snapshot, null, 2);
          downloadText(exportFileName('json', snapshot.exportedAt, filtered), text);
        } else if (format === 'csv') {
          const blob = await csvFile(scope, cards, t, (done, total) =>
            setStatus({ format, done, total }),
          );
          downloadBlob(exportFileName('csv', stamp, filtered), blob);
        } else if (format === 'markdown') {
          const text = markdownFile(scope, cards, i18n, today);
          downloadText(exportFileName('md', stamp, filtered), text, 'text/markdown;charset=utf-8');
        } else {
          const snapshot = repositories.snapshotImport.envelope(fileData());
          const { pngWithSnapshot } = await import('./png-export');
          const blob = await pngWithSnapshot(
            <I18nContext.Provider value={i18n}>
              <BoardPicture {...picture} layout="image" />
            </I18nContext.Provider>,
            JSON.stringify(snapshot),
          );
          downloadBlob(exportFileName('png', stamp, filtered), blob);
        }
      } finally {
        setStatus(null);
      }
    },
    [repositories, i18n, t, formatDate],
  );

  const endPrint = useCallback(() => {
    setPrinting(null);
    setStatus(null);
  }, []);

  return { status, choose, run, printing, endPrint };
}
