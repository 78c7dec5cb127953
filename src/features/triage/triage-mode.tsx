import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { useActorDirectory, useLiveActors } from '../../queries/actor-queries';
import { useActionProgress, useRestOfBoard } from '../../queries/board-queries';
import { useVisible } from '../../queries/visible-board-context';
import { Button } from '../../ui/button';
import styles from './triage.module.css';
import { TriageCardScreen } from './triage-card-screen';
import { TriageDialog } from './triage-dialog';
import { decisionHolds, summarizeTriage, type TriageDecision } from './triage-log';
import { triageQueue } from './triage-queue';
import { type TriageScopeOption, TriageStart } from './triage-start';
import { TriageSummaryView } from './triage-summary-view';
import { useTriageActions } from './use-triage-actions';
import { useTriageSession } from './use-triage-session';
import { useTriageWords } from './use-triage-words';

/**
 * Triage mode: a full-screen dialog over the board page that walks through the cards of the
 * current view (or one column of it), one at a time, decided with single keys, then sums up
 * the session for the minutes. Escape on a card goes to the summary; on the summary it closes.
 */
export function TriageMode({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const { t, formatDate, columnName } = useI18n();
  const { visible } = useVisible();
  const data = visible?.data;
  useRestOfBoard(boardId, data, true);
  const { data: progress } = useActionProgress(boardId, true);
  const actors = useLiveActors(boardId);
  const directory = useActorDirectory(boardId);
  const session = useTriageSession();
  const words = useTriageWords(boardId, data);
  const card = session.cardId === undefined ? undefined : data?.cardsById.get(session.cardId);
  const decide = useTriageActions(boardId, card, data, session.record);
  const today = useMemo(() => todayCalendarDate(), []);
  const columns = useMemo(() => (data ? [...data.flowColumns, ...data.closedColumns] : []), [data]);

  const options = useMemo((): TriageScopeOption[] => {
    if (!visible) return [];
    const ids = columns.map((column) => column.id);
    const count = (scope: TriageScopeOption['scope']) =>
      triageQueue(visible.lanes, ids, scope).length;
    return [
      { scope: { kind: 'view' }, label: t('triage.start.view'), count: visible.matched },
      ...columns.map((column) => {
        const scope = { kind: 'column', columnId: column.id } as const;
        return { scope, label: columnName(column), count: count(scope) };
      }),
    ];
  }, [visible, columns, t, columnName]);

  const lastSaved = session.log.at(-1);
  // The minutes say so when an undo (or a later edit) took a decision back.
  const summaryDecision = (decision: TriageDecision, cardId: string) => {
    const text = words.decision(decision);
    const now = data?.cardsById.get(cardId);
    return now && !decisionHolds(decision, now)
      ? t('triage.decision.changed', { decision: text })
      : text;
  };
  const cancel = () => (session.phase === 'cards' ? session.navigate('finish') : onClose());
  return (
    <TriageDialog label={t('triage.title')} onCancel={cancel}>
      <div className={styles.header}>
        <p className={styles.brand}>{t('triage.title')}</p>
        <p role="status" className={styles.saved}>
          {lastSaved && lastSaved.decision.kind !== 'skipped'
            ? t('triage.saved', { decision: words.decision(lastSaved.decision) })
            : ''}
        </p>
        <button
          type="button"
          className={styles.close}
          onClick={cancel}
          aria-label={t('triage.close')}
        >
          ×
        </button>
      </div>
      {session.phase === 'start' && (
        <TriageStart
          options={options}
          ready={visible?.status === 'ready' && data?.complete === true}
          onStart={(scope) => {
            if (visible)
              session.start(
                triageQueue(
                  visible.lanes,
                  columns.map((c) => c.id),
                  scope,
                ),
              );
          }}
          onClose={onClose}
        />
      )}
      {session.phase === 'cards' && card && (
        <TriageCardScreen
          card={card}
          columns={columns}
          actors={actors}
          workshop={card.workshopId === null ? undefined : data?.workshopsById.get(card.workshopId)}
          lead={card.leadActorId === null ? undefined : directory.get(card.leadActorId)}
          actionItemCount={progress?.get(card.id)?.total ?? 0}
          index={session.index}
          total={session.queue.length}
          decide={decide}
          onNavigate={session.navigate}
        />
      )}
      {session.phase === 'cards' && !card && (
        <div className={styles.screen}>
          <p>{t('triage.cardGone')}</p>
          <Button
            variant="primary"
            className={styles.choice}
            onClick={() => session.navigate('next')}
          >
            {t('triage.nav.next')}
          </Button>
        </div>
      )}
      {session.phase === 'summary' && (
        <TriageSummaryView
          summary={summarizeTriage(session.log)}
          title={t('triage.summary.title', { date: formatDate(today) })}
          fileName={`triage-${today}.md`}
          cardTitle={words.cardTitle}
          decision={summaryDecision}
          onBack={session.queue.length > 0 ? session.backToCards : null}
          onClose={onClose}
        />
      )}
    </TriageDialog>
  );
}
