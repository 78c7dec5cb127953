import { missingForActionable } from '../../domain/actionable';
import type { ActorRef } from '../../domain/actor';
import type { Column } from '../../domain/column';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import styles from './triage.module.css';

interface TriageCardFactsProps {
  card: Recommendation;
  headingId: string;
  workshop: Workshop | undefined;
  column: Column | undefined;
  lead: ActorRef | undefined;
  actionItemCount: number;
}

/** The card as the room reads it: its words, where they come from, and where it stands. */
export function TriageCardFacts({
  card,
  headingId,
  workshop,
  column,
  lead,
  actionItemCount,
}: TriageCardFactsProps) {
  const { t, formatDate, locale, actorLabel, columnName } = useI18n();
  const notGiven = t('triage.notGiven');
  const source = [
    workshop
      ? t('triage.workshop', { title: workshop.title, date: formatDate(workshop.date) })
      : '',
    card.sourceLocator,
  ].filter((part) => part !== '');
  const missing = missingForActionable(card, actionItemCount);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {displayTitle(card)}
      </h2>
      {card.title !== '' && <p className={styles.cardText}>{card.text}</p>}
      <dl className={styles.facts}>
        <dt>{t('triage.fact.source')}</dt>
        <dd>{source.length > 0 ? source.join(' · ') : notGiven}</dd>
        <dt>{t('triage.fact.raisedBy')}</dt>
        <dd>{card.raisedBy || notGiven}</dd>
        <dt>{t('triage.fact.response')}</dt>
        <dd>{t(`response.${card.response}`)}</dd>
        <dt>{t('triage.fact.column')}</dt>
        <dd>{column ? columnName(column) : ''}</dd>
        <dt>{t('triage.fact.lead')}</dt>
        <dd>{lead ? actorLabel(lead) : notGiven}</dd>
        <dt>{t('triage.fact.due')}</dt>
        <dd>{card.dueDate ? formatDate(card.dueDate) : notGiven}</dd>
        <dt>{t('triage.fact.stages')}</dt>
        <dd>
          {card.stageIds.length > 0
            ? list.format(card.stageIds.map((id) => t(`stage.${id}`)))
            : notGiven}
        </dd>
      </dl>
      {missing.length > 0 && (
        <p className={styles.missing}>
          {t('actionable.note', {
            missing: list.format(missing.map((item) => t(`actionable.missing.${item}`))),
          })}
        </p>
      )}
    </article>
  );
}
