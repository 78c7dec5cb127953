import { type FormEvent, useCallback, useId, useReducer, useRef, useState } from 'react';
import type { ReportReading } from '../../domain/report-extraction/report-request';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { useActorDirectory, useLiveActors } from '../../queries/actor-queries';
import { useWorkshops } from '../../queries/workshop-queries';
import { useToasts } from '../../ui/toast/toast-context';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { CandidateItem } from './candidate-item';
import { DocumentView } from './document-view';
import styles from './report-import.module.css';
import { ReviewActions } from './review-actions';
import { type ReviewEdit, reviewItems, reviewReducer } from './review-items';
import { useDuplicates } from './use-duplicates';
import { useImportReport } from './use-import-report';
import { WorkshopChoice } from './workshop-choice';
import { initialWorkshopDraft, type WorkshopDraftError, workshopTarget } from './workshop-draft';

interface ReportReviewProps {
  boardId: string;
  reading: ReportReading;
  onStartOver: () => void;
}

/** The review screen, once the board's workshops are in (the workshop is prefilled from them). */
export function ReportReview(props: ReportReviewProps) {
  const { t } = useI18n();
  const { data: workshops } = useWorkshops(props.boardId);
  if (!workshops) return <p role="status">{t('workshops.loading')}</p>;
  return <Review {...props} workshops={workshops} />;
}

function Review({
  boardId,
  reading,
  onStartOver,
  workshops,
}: ReportReviewProps & { workshops: Workshop[] }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const actors = useLiveActors(boardId);
  const actorDirectory = useActorDirectory(boardId);
  const listHeadingId = useId();
  const [items, dispatch] = useReducer(reviewReducer, reading.extraction.candidates, reviewItems);
  const [focusedKey, setFocusedKey] = useState(items[0]?.key ?? null);
  const [{ draft, unmatchedOrganisers }, setWorkshop] = useState(() =>
    initialWorkshopDraft(reading.extraction.workshop, workshops, actors),
  );
  const [errors, setErrors] = useState<WorkshopDraftError[]>([]);
  const nextKey = useRef(0);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const workshopId = draft.mode === 'existing' ? draft.existingId : null;
  const { duplicates, triage } = useDuplicates(boardId, workshopId, items);
  const { importItems, isPending } = useImportReport(boardId);

  const onEdit = useCallback(
    (key: string, edit: ReviewEdit) => dispatch({ kind: 'edit', key, edit }),
    [],
  );
  const onMerge = useCallback((key: string) => dispatch({ kind: 'mergeWithNext', key }), []);
  const onSplit = useCallback(
    (key: string, at: number) =>
      dispatch({ kind: 'split', key, at, document: reading.text, newKey: `s${nextKey.current++}` }),
    [reading.text],
  );

  const chosen = items.filter((item) => item.chosen);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = workshopTarget(draft);
    setErrors(target.ok ? [] : target.errors);
    if (!target.ok || chosen.some((item) => item.text.trim() === '')) {
      focusFirstInvalid();
      return;
    }
    if (chosen.length === 0) return;
    void importItems(target.target, chosen).then(({ count, undo }) => {
      toasts.show({
        tone: 'info',
        message: t('reportImport.added', { count, column: triage }),
        action: undo && { label: t('reportImport.undo'), onAction: undo },
      });
      window.location.hash = '#/';
    }, ignoreFailure);
  };

  const focused = items.find((item) => item.key === focusedKey);
  // A long report's candidates are built a few per frame: the page answers input meanwhile.
  const rendered = useProgressiveCount(items.length);
  return (
    <form ref={formRef} className={styles.review} onSubmit={submit} noValidate>
      <WorkshopChoice
        draft={draft}
        workshops={workshops}
        actors={actors}
        unmatchedOrganisers={unmatchedOrganisers}
        errors={errors}
        onChange={(change) =>
          setWorkshop((current) => ({ ...current, draft: { ...current.draft, ...change } }))
        }
      />
      <div className={styles.reviewBody}>
        <section className={styles.candidates} aria-labelledby={listHeadingId}>
          <h3 id={listHeadingId} className={styles.subheading}>
            {t('reportImport.candidates', { count: items.length })}
          </h3>
          <p className={styles.hint}>{t('reportImport.candidatesHint')}</p>
          <ol className={styles.itemList}>
            {items.slice(0, rendered).map((item, index) => (
              <li key={item.key}>
                <CandidateItem
                  item={item}
                  number={index + 1}
                  isLast={index === items.length - 1}
                  focused={item.key === focusedKey}
                  duplicate={duplicates.get(item.key) ?? null}
                  actors={actors}
                  actorDirectory={actorDirectory}
                  onEdit={onEdit}
                  onMerge={onMerge}
                  onSplit={onSplit}
                  onFocusItem={setFocusedKey}
                />
              </li>
            ))}
          </ol>
        </section>
        <DocumentView text={reading.text} ranges={focused?.ranges ?? NO_RANGES} />
      </div>
      <ReviewActions
        chosen={chosen.length}
        total={items.length}
        duplicateKeys={[...duplicates.keys()]}
        pending={isPending}
        dispatch={dispatch}
        onStartOver={onStartOver}
      />
    </form>
  );
}

const NO_RANGES: never[] = [];

/** A failed import is already told by the mutation cache's toast; nothing more to do here. */
function ignoreFailure(): void {}
