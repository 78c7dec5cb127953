import { memo, useId, useRef } from 'react';
import type { ActorRef } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { CandidateTags } from './candidate-tags';
import styles from './report-import.module.css';
import type { ReviewEdit, ReviewItem } from './review-items';

export interface Duplicate {
  title: string;
  similarity: number;
}

interface CandidateItemProps {
  item: ReviewItem;
  number: number;
  isLast: boolean;
  focused: boolean;
  duplicate: Duplicate | null;
  actors: readonly ActorRef[];
  actorDirectory: ReadonlyMap<string, ActorRef>;
  onEdit: (key: string, edit: ReviewEdit) => void;
  onMerge: (key: string) => void;
  onSplit: (key: string, at: number) => void;
  onFocusItem: (key: string) => void;
}

/** Confidence in words and as a number: never colour alone. */
function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high';
  return confidence >= 0.5 ? 'medium' : 'low';
}

/** One candidate on the review screen: chosen or not, its words, who raised it, its tags. */
export const CandidateItem = memo(function CandidateItem(props: CandidateItemProps) {
  const { item, number, isLast, focused, duplicate, onEdit, onMerge, onSplit } = props;
  const { t } = useI18n();
  const headingId = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const edit = (change: ReviewEdit) => onEdit(item.key, change);
  const level = confidenceLevel(item.confidence);
  const missingText = item.chosen && item.text.trim() === '';
  return (
    <article
      className={styles.item}
      data-chosen={item.chosen}
      data-focused={focused}
      aria-labelledby={headingId}
      onFocus={() => props.onFocusItem(item.key)}
    >
      <div className={styles.itemHead}>
        <h3 id={headingId} className={styles.itemHeading}>
          {t('reportImport.item.heading', { n: number })}
        </h3>
        <span className={styles.confidence} data-level={level}>
          {t('reportImport.item.confidence', {
            level: t(`reportImport.confidence.${level}`),
            value: Math.round(item.confidence * 100) / 100,
          })}
        </span>
        <span className={styles.locator}>
          {t('reportImport.item.where', { locator: item.locator })}
        </span>
      </div>
      <label className={styles.choose}>
        <input
          type="checkbox"
          checked={item.chosen}
          onChange={(event) => edit({ chosen: event.target.checked })}
        />
        {t('reportImport.item.choose', { n: number })}
      </label>
      {duplicate && (
        <p className={styles.duplicate}>
          {t('reportImport.item.duplicate', {
            title: duplicate.title,
            percent: Math.round(duplicate.similarity * 100),
          })}
        </p>
      )}
      <FormField
        label={t('field.text')}
        error={missingText ? t('reportImport.item.textMissing') : undefined}
      >
        <textarea
          ref={text}
          rows={Math.min(8, Math.max(2, Math.ceil(item.text.length / 90)))}
          value={item.text}
          onChange={(event) => edit({ text: event.target.value })}
        />
      </FormField>
      <FormField label={t('field.raisedBy')}>
        <input value={item.raisedBy} onChange={(event) => edit({ raisedBy: event.target.value })} />
      </FormField>
      <CandidateTags
        item={item}
        actors={props.actors}
        actorDirectory={props.actorDirectory}
        onEdit={edit}
      />
      <div className={styles.itemActions}>
        <Button onClick={() => onSplit(item.key, text.current?.selectionStart ?? 0)}>
          {t('reportImport.item.split')}
        </Button>
        <Button onClick={() => onMerge(item.key)} disabled={isLast}>
          {t('reportImport.item.merge')}
        </Button>
      </div>
    </article>
  );
});
