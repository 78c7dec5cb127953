import { type FormEvent, useLayoutEffect, useState } from 'react';
import type { Column } from '../../domain/column';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { markAfterPaint } from '../../lib/perf-marks';
import { useActorDirectory, useLiveActors } from '../../queries/actor-queries';
import { useCreateRecommendation, useUpdateRecommendation } from '../../queries/card-queries';
import { useWorkshops } from '../../queries/workshop-queries';
import { Button } from '../../ui/button';
import { useToasts } from '../../ui/toast/toast-context';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { ActionItemsSection } from './action-items-section';
import { ActionableNote } from './actionable-note';
import styles from './card-editor.module.css';
import { CardLifecycleActions } from './card-lifecycle-actions';
import { HistorySection } from './history-section';
import { MainFields } from './main-fields';
import { ProgressNotesSection } from './progress-notes-section';
import {
  draftFrom,
  emptyDraft,
  type RecommendationDraft,
  validateDraft,
} from './recommendation-draft';
import { TagFields } from './tag-fields';

interface CardEditorFormProps {
  boardId: string;
  /** The card being edited, or null when creating one. */
  card: Recommendation | null;
  initialColumnId: string;
  columns: readonly Column[];
  onClose: () => void;
  onCreated: (cardId: string) => void;
}

export function CardEditorForm({
  boardId,
  card,
  initialColumnId,
  columns,
  onClose,
  onCreated,
}: CardEditorFormProps) {
  const { t } = useI18n();
  const toasts = useToasts();
  const [draft, setDraft] = useState<RecommendationDraft>(() =>
    card ? draftFrom(card) : emptyDraft(initialColumnId),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const { data: workshops = [] } = useWorkshops(boardId);
  const actors = useLiveActors(boardId);
  const directory = useActorDirectory(boardId);
  const update = useUpdateRecommendation();
  const create = useCreateRecommendation(boardId);
  useLayoutEffect(() => markAfterPaint('recboard:editor-ready'), []);
  const change = (patch: Partial<RecommendationDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = validateDraft(draft, t);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    if (card) {
      update.mutate(
        { id: card.id, patch: result.edit },
        {
          onSuccess: () => {
            toasts.show({ tone: 'info', message: t('editor.saved') });
            onClose();
          },
        },
      );
    } else {
      create.mutate(result.edit, {
        onSuccess: (created) => {
          toasts.show({ tone: 'info', message: t('editor.created') });
          onCreated(created.id);
        },
      });
    }
  };

  return (
    <div className={styles.editor}>
      <form
        ref={formRef}
        className={styles.form}
        onSubmit={save}
        noValidate
        aria-label={t('editor.formLabel')}
      >
        {Object.keys(errors).length > 0 && (
          <p className={styles.formError} role="alert">
            {t('editor.fixErrors', { count: Object.keys(errors).length })}
          </p>
        )}
        {card && <ActionableNote boardId={boardId} card={card} />}
        <div className={styles.columns}>
          <MainFields
            draft={draft}
            change={change}
            errors={errors}
            columns={columns}
            workshops={workshops}
          />
          <TagFields
            draft={draft}
            change={change}
            errors={errors}
            actors={actors}
            actorDirectory={directory}
          />
        </div>
        <div className={styles.footer}>
          {card && <CardLifecycleActions card={card} onDone={onClose} />}
          <span className={styles.spacer} />
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={update.isPending || create.isPending}>
            {card ? t('dialog.save') : t('editor.create')}
          </Button>
        </div>
      </form>
      {card && (
        <>
          <ActionItemsSection boardId={boardId} cardId={card.id} actors={actors} />
          <ProgressNotesSection boardId={boardId} cardId={card.id} />
          <HistorySection boardId={boardId} cardId={card.id} columns={columns} />
        </>
      )}
    </div>
  );
}
