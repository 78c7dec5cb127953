import { useCallback } from 'react';
import { displayTitle } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { useActorDirectory } from '../../queries/actor-queries';
import type { BoardData } from '../../queries/read-board-data';
import type { TriageDecision } from './triage-log';

/** How triage words its decisions and names its cards, for the screen and the minutes. */
export function useTriageWords(boardId: string, data: BoardData | undefined) {
  const { t, formatDate, actorLabel, columnName: shownName } = useI18n();
  const directory = useActorDirectory(boardId);

  const cardTitle = useCallback(
    (cardId: string) => {
      const card = data?.cardsById.get(cardId);
      return card ? displayTitle(card) : t('triage.cardGone');
    },
    [data, t],
  );

  const columnName = useCallback(
    (columnId: string) => {
      const column = [...(data?.flowColumns ?? []), ...(data?.closedColumns ?? [])].find(
        (candidate) => candidate.id === columnId,
      );
      return column ? shownName(column) : t('triage.columnGone');
    },
    [data, t, shownName],
  );

  const decision = useCallback(
    (d: TriageDecision): string => {
      switch (d.kind) {
        case 'response':
          return t('triage.decision.response', { value: t(`response.${d.response}`) });
        case 'column':
          return t('triage.decision.column', { value: columnName(d.columnId) });
        case 'lead_actor': {
          const actor = directory.get(d.actorId);
          return t('triage.decision.leadActor', { value: actor ? actorLabel(actor) : d.actorId });
        }
        case 'due_date':
          return t('triage.decision.dueDate', { value: formatDate(d.date) });
        case 'stage':
          return t(d.added ? 'triage.decision.stageAdded' : 'triage.decision.stageRemoved', {
            value: t(`stage.${d.stageId}`),
          });
        case 'note':
          return t('triage.decision.note', { value: d.text });
        case 'skipped':
          return t('triage.decision.skipped');
      }
    },
    [t, formatDate, directory, columnName, actorLabel],
  );

  return { cardTitle, columnName, decision };
}
