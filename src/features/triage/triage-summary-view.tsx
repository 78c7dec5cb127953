import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { downloadText } from '../../lib/download';
import { Button } from '../../ui/button';
import styles from './triage.module.css';
import type { CardDecisions, TriageDecision } from './triage-log';
import { triageMinutesMarkdown } from './triage-markdown';

interface TriageSummaryViewProps {
  summary: readonly CardDecisions[];
  title: string;
  fileName: string;
  cardTitle: (cardId: string) => string;
  decision: (decision: TriageDecision, cardId: string) => string;
  onBack: (() => void) | null;
  onClose: () => void;
}

/** What the session decided, by card in order, to copy or download for the minutes. */
export function TriageSummaryView(props: TriageSummaryViewProps) {
  const { summary, cardTitle, decision } = props;
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The cards' screen, which held the focus, is gone: the summary takes it.
  useEffect(() => headingRef.current?.focus(), []);
  const markdown = () =>
    triageMinutesMarkdown(summary, {
      title: props.title,
      card: cardTitle,
      decision,
      empty: t('triage.summary.empty'),
    });
  const copy = () => {
    navigator.clipboard.writeText(markdown()).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <section className={styles.summary} aria-labelledby="triage-summary-title">
      <h2 id="triage-summary-title" ref={headingRef} tabIndex={-1} className={styles.startTitle}>
        {props.title}
      </h2>
      {summary.length === 0 ? (
        <p>{t('triage.summary.empty')}</p>
      ) : (
        <ol className={styles.summaryList}>
          {summary.map((card) => (
            <li key={card.cardId}>
              <h3 className={styles.summaryCard}>{cardTitle(card.cardId)}</h3>
              <ul>
                {card.decisions.map((entry, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a card's decisions never reorder, and two notes may have the same words
                  <li key={index}>{decision(entry, card.cardId)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <Button className={styles.choice} onClick={copy}>
          {t('triage.summary.copy')}
        </Button>
        <Button
          className={styles.choice}
          onClick={() => downloadText(props.fileName, markdown(), 'text/markdown;charset=utf-8')}
        >
          {t('triage.summary.download')}
        </Button>
        {props.onBack && (
          <Button className={styles.choice} onClick={props.onBack}>
            {t('triage.summary.back')}
          </Button>
        )}
        <Button variant="primary" className={styles.choice} onClick={props.onClose}>
          {t('triage.summary.close')}
        </Button>
      </div>
      <p role="status">
        {copied === 'yes' && t('triage.summary.copied')}
        {copied === 'failed' && t('triage.summary.copyFailed')}
      </p>
    </section>
  );
}
