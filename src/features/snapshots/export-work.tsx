import { actorDirectory } from '../../domain/actor';
import { isEmptyFilter } from '../../domain/find/filter-chips';
import type { GroupBy } from '../../domain/find/lanes';
import { boardCards, filteredCards, snapshotOfCards } from '../../domain/formats/board-export';
import type { Recommendation } from '../../domain/recommendation';
import type { SnapshotData } from '../../domain/snapshot';
import { type I18n, I18nContext } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { downloadBlob, downloadText } from '../../lib/download';
import type { useRepositories } from '../../queries/repositories-context';
import { BoardPicture, type BoardPictureProps } from './board-picture';
import { shownBoardName } from './board-title';
import { currentViewState } from './current-view';
import type { ExportScope } from './export-files';
import { filterWords } from './filter-words';

type Repositories = ReturnType<typeof useRepositories>;

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
  /** The view's grouping: the Markdown report follows it. */
  groupBy: GroupBy;
}

/** The printout's content: the board picture laid out for paper. */
export type PrintPicture = Omit<BoardPictureProps, 'layout'>;

/** What an export needs from the page, and where it reports its progress and printout. */
export interface ExportContext {
  repositories: Repositories;
  i18n: I18n;
  onStatus: (status: ExportStatus | null) => void;
  onPrint: (picture: PrintPicture) => void;
}

/** One consistent read of the board, and what the current filter shows of it. */
export async function readExportChoice(
  repositories: Repositories,
  t: I18n['t'],
): Promise<ExportChoice> {
  const data = await repositories.snapshotImport.current();
  const { filter, groupBy } = currentViewState();
  const active = !isEmptyFilter(filter);
  const names = { actors: actorDirectory(data.actors), workshops: data.workshops };
  return {
    data,
    boardCards: boardCards(data),
    filtered: active ? filteredCards(data, filter, todayCalendarDate()) : null,
    filterWords: active ? filterWords(filter, t, names) : '',
    groupBy,
  };
}

/**
 * Every export: built from the menu's read of the board, downloaded, and its work reported
 * for the progress bar. A filtered export covers the cards the filter shows. A printout stays
 * in progress until the page says the print dialog has closed.
 */
export async function runExport(
  format: ExportFormat,
  choice: ExportChoice,
  onlyFiltered: boolean,
  { repositories, i18n, onStatus, onPrint }: ExportContext,
): Promise<void> {
  const { t, formatDate } = i18n;
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
    title: shownBoardName(choice.data, i18n),
    filterWords: scope.filterWords,
    date: formatDate(today),
  };
  const fileData = () => (filtered ? snapshotOfCards(choice.data, cards) : choice.data);
  const stamp = new Date().toISOString();
  onStatus({ format, done: 0, total: cards.length });
  if (format === 'print') {
    onPrint(picture);
    return;
  }
  try {
    // Loaded when first used: the CSV writer (papaparse) and the report stay out of the menu.
    const { csvFile, exportFileName, markdownFile } = await import('./export-files');
    if (format === 'json') {
      const snapshot = filtered
        ? await repositories.snapshotImport.envelope(fileData())
        : await repositories.backup.exportSnapshot();
      const text = JSON.stringify(snapshot, null, 2);
      downloadText(exportFileName('json', snapshot.exportedAt, filtered), text);
    } else if (format === 'csv') {
      const blob = await csvFile(scope, cards, t, (done, total) =>
        onStatus({ format, done, total }),
      );
      downloadBlob(exportFileName('csv', stamp, filtered), blob);
    } else if (format === 'markdown') {
      const text = markdownFile(scope, cards, i18n, today, choice.groupBy);
      downloadText(exportFileName('md', stamp, filtered), text, 'text/markdown;charset=utf-8');
    } else {
      const snapshot = await repositories.snapshotImport.envelope(fileData());
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
    onStatus(null);
  }
}
