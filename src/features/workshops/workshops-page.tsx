import { useEffect, useId, useRef, useState } from 'react';
import type { Workshop, WorkshopRemoval } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { useActorDirectory } from '../../queries/actor-queries';
import { useWorkshops } from '../../queries/workshop-queries';
import { Button } from '../../ui/button';
import { DeleteWorkshopDialog } from './delete-workshop-dialog';
import { useWorkshopDeletion } from './use-workshop-deletion';
import { WorkshopFormDialog } from './workshop-form-dialog';
import { WorkshopItem } from './workshop-item';
import styles from './workshops-page.module.css';

/** `workshop: null` is the form for a new workshop. */
type Editing = { workshop: Workshop | null } | null;

/** Lists the board's workshops and lets people add, edit and delete them. */
export function WorkshopsPage({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data: workshops, error } = useWorkshops(boardId);
  const actors = useActorDirectory(boardId);
  const deletion = useWorkshopDeletion();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Workshop | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // The deleted workshop's button, which opened the dialog, is gone: focus the page heading
  // rather than losing focus to the document.
  useEffect(() => {
    if (!focusHeading || deleting) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, deleting]);

  if (error) throw error;

  const confirmDelete = (workshop: Workshop, removal: WorkshopRemoval, target?: Workshop) =>
    void deletion.deleteWorkshop(workshop, removal, target).then((deleted) => {
      if (!deleted) return;
      setDeleting(null);
      setFocusHeading(true);
    });

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <header className={styles.header}>
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            {t('workshops.title')}
          </h2>
          <p className={styles.intro}>{t('workshops.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setEditing({ workshop: null })}>
          {t('workshops.new')}
        </Button>
      </header>
      {!workshops && <p role="status">{t('workshops.loading')}</p>}
      {workshops?.length === 0 && <p className={styles.empty}>{t('workshops.empty')}</p>}
      {workshops && workshops.length > 0 && (
        <ul className={styles.list} aria-label={t('workshops.list')}>
          {workshops.map((workshop) => (
            <li key={workshop.id}>
              <WorkshopItem
                workshop={workshop}
                actors={actors}
                onEdit={(w) => setEditing({ workshop: w })}
                onDelete={setDeleting}
              />
            </li>
          ))}
        </ul>
      )}
      <WorkshopFormDialog
        boardId={boardId}
        open={editing !== null}
        workshop={editing?.workshop ?? null}
        onClose={() => setEditing(null)}
      />
      <DeleteWorkshopDialog
        boardId={boardId}
        workshop={deleting}
        otherWorkshops={(workshops ?? []).filter((w) => w.id !== deleting?.id)}
        pending={deletion.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
