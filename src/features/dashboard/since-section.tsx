import { useState } from 'react';
import { figureOf } from '../../domain/dashboard/figure';
import type { SinceSummary, SummarySection } from '../../domain/dashboard/since-summary';
import { useI18n } from '../../i18n/i18n-context';
import { downloadText } from '../../lib/download';
import { Button } from '../../ui/button';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';
import { sinceMarkdown } from './since-markdown';

function cardsOf(section: SummarySection): string[] {
  switch (section.kind) {
    case 'moved':
      return section.byColumn.flatMap((group) => group.moves.map((move) => move.cardId));
    case 'notes':
      return section.byCard.map((group) => group.cardId);
    case 'newly_overdue':
      return section.cards.map((card) => card.cardId);
    case 'new_cards':
      return section.byColumn.flatMap((group) => group.cardIds);
  }
}

/** "What moved since the last meeting": the four lists, each card a door, and the minutes. */
export function SinceSection({
  since,
  today,
  summary,
  onSinceChange,
}: {
  since: string | null;
  today: string;
  summary: SinceSummary | null;
  onSinceChange: (since: string | null) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const names = useDashboardContext();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const markdown = () =>
    summary
      ? sinceMarkdown(summary, { card: names.cardTitle, column: names.columnName }, i18n)
      : '';
  const copy = () => {
    navigator.clipboard.writeText(markdown()).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <DashboardSection title={t('dashboard.since.title')} wide>
      <div className={styles.sinceControls}>
        <label className={styles.field}>
          {t('dashboard.since.date')}
          <input
            type="date"
            value={since ?? ''}
            max={today}
            onChange={(event) =>
              onSinceChange(event.target.value === '' ? null : event.target.value)
            }
          />
        </label>
        {summary && (
          <span className={styles.noPrint}>
            <Button onClick={copy}>{t('dashboard.since.copy')}</Button>{' '}
            <Button
              onClick={() =>
                downloadText(
                  `recboard-since-${summary.since}.md`,
                  markdown(),
                  'text/markdown;charset=utf-8',
                )
              }
            >
              {t('dashboard.since.download')}
            </Button>
          </span>
        )}
        <span role="status" className={styles.noPrint}>
          {copyState === 'copied' && t('dashboard.since.copied')}
          {copyState === 'failed' && t('dashboard.since.copyFailed')}
        </span>
      </div>
      {summary === null ? (
        <p className={styles.hint}>{t('dashboard.since.hint')}</p>
      ) : (
        <div className={styles.sinceLists}>
          {summary.sections.map((section) => (
            <div key={section.kind}>
              <h4 className={styles.subTitle}>
                <FigureLink figure={section.figure}>
                  {t(`dashboard.since.section.${section.kind}`, { count: section.figure.count })}
                </FigureLink>
              </h4>
              <ul className={styles.plainList}>
                {cardsOf(section).map((cardId) => (
                  <li key={cardId}>
                    <FigureLink figure={figureOf([cardId])}>{names.cardTitle(cardId)}</FigureLink>
                  </li>
                ))}
                {section.figure.count === 0 && <li>{t('dashboard.since.nothing')}</li>}
              </ul>
            </div>
          ))}
        </div>
      )}
    </DashboardSection>
  );
}
