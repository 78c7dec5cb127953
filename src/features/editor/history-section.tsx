import { historyLines } from '../../domain/card-history';
import type { Column } from '../../domain/column';
import { type SetAsideLine, setAsideLines } from '../../domain/set-aside-lines';
import { actionWords } from '../../i18n/action-words';
import { useI18n } from '../../i18n/i18n-context';
import { useActorDirectory } from '../../queries/actor-queries';
import { useCardHistory } from '../../queries/card-detail-queries';
import { useWorkshops } from '../../queries/workshop-queries';
import styles from './card-editor.module.css';
import { type HistoryNames, legacyWords, lineWords, setAsideWords } from './history-wording';

/**
 * Everything that happened to the card, newest first, from the journal: each action with what
 * it changed, old → new, in words (column and workshop names, actor abbreviations, dates), its
 * action items and progress notes included. Times are in the viewer's time zone.
 */
export function HistorySection({
  boardId,
  cardId,
  columns,
}: {
  boardId: string;
  cardId: string;
  columns: readonly Column[];
}) {
  const i18n = useI18n();
  const { t, formatInstant, formatDate, actorAbbr, columnName } = i18n;
  const { data: entries = [] } = useCardHistory(boardId, cardId);
  const { data: workshops = [] } = useWorkshops(boardId);
  const actors = useActorDirectory(boardId);
  const names: HistoryNames = {
    t,
    formatDate,
    actorAbbr,
    actors,
    columnName: (id) => {
      const column = columns.find((candidate) => candidate.id === id);
      return column ? columnName(column) : t('history.deletedColumn');
    },
    workshopTitle: (id) => workshops.find((workshop) => workshop.id === id)?.title,
  };
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <h3 id="history-heading" className={styles.sectionTitle}>
        {t('history.title')}
      </h3>
      <ol className={styles.history}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at} className={styles.muted}>
              {formatInstant(entry.at)}
            </time>{' '}
            {entry.legacy ? (
              legacyWords(entry.legacy, names)
            ) : (
              <>
                <span className={styles.historyAction}>
                  {actionWords(entry.action, i18n, entry.revertedAction)}
                </span>
                <ul className={styles.historyLines}>
                  {historyLines(entry, cardId).map((line, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: an entry's lines never reorder, so the position is their identity
                    <li key={index}>{lineWords(line, names)}</li>
                  ))}
                  {entry.discarded && (
                    <SetAsideItems lines={setAsideLines(entry, cardId)} names={names} />
                  )}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A merge's set-aside version of this card, in words; nothing when it set none aside. */
function SetAsideItems({ lines, names }: { lines: SetAsideLine[] | null; names: HistoryNames }) {
  if (!lines) return null;
  return (
    <>
      <li>{names.t('history.merged')}</li>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an entry's lines never reorder, so the position is their identity
        <li key={`set-aside-${index}`}>{setAsideWords(line, names)}</li>
      ))}
    </>
  );
}
