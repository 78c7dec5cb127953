import { useEffect, useId, useRef, useState } from 'react';
import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { useUserActors } from '../../queries/actor-queries';
import { Button } from '../../ui/button';
import { ActorFormDialog } from './actor-form-dialog';
import styles from './actors-page.module.css';
import { BuiltInActorTable } from './built-in-actor-table';
import { RemoveActorDialog } from './remove-actor-dialog';
import { useActorRemoval } from './use-actor-removal';
import { UserActorTable } from './user-actor-table';

/** `actor: null` is the form for a new actor. */
type Editing = { actor: Actor | null } | null;

/** The board's own actors (add, edit, remove) beside the read-only built-in list. */
export function ActorsPage({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const yoursId = useId();
  const builtInId = useId();
  const yoursRef = useRef<HTMLHeadingElement>(null);
  const { data: actors, error } = useUserActors(boardId);
  const removal = useActorRemoval();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Actor | null>(null);
  const [focusYours, setFocusYours] = useState(false);

  // The removed actor's row, whose button opened the dialog, is gone: focus its section.
  useEffect(() => {
    if (!focusYours || removing) return;
    yoursRef.current?.focus();
    setFocusYours(false);
  }, [focusYours, removing]);

  if (error) throw error;

  const confirmRemove = (actor: Actor) =>
    void removal.removeActor(actor).then((removed) => {
      if (!removed) return;
      setRemoving(null);
      setFocusYours(true);
    });

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId} className={styles.heading}>
          {t('actors.title')}
        </h2>
        <p className={styles.muted}>{t('actors.intro')}</p>
      </header>
      <section className={styles.section} aria-labelledby={yoursId}>
        <div className={styles.sectionHeader}>
          <h3 id={yoursId} ref={yoursRef} tabIndex={-1} className={styles.subheading}>
            {t('actors.yours')}
          </h3>
          <Button variant="primary" onClick={() => setEditing({ actor: null })}>
            {t('actors.add')}
          </Button>
        </div>
        {!actors && <p role="status">{t('actors.loading')}</p>}
        {actors?.length === 0 && <p className={styles.muted}>{t('actors.none')}</p>}
        {actors && actors.length > 0 && (
          <UserActorTable
            actors={actors}
            labelledBy={yoursId}
            onEdit={(actor) => setEditing({ actor })}
            onRemove={setRemoving}
          />
        )}
      </section>
      <section className={styles.section} aria-labelledby={builtInId}>
        <h3 id={builtInId} className={styles.subheading}>
          {t('actors.builtIn')}
        </h3>
        <p className={styles.muted}>{t('actors.builtInNote')}</p>
        <BuiltInActorTable labelledBy={builtInId} />
      </section>
      <ActorFormDialog
        boardId={boardId}
        open={editing !== null}
        actor={editing?.actor ?? null}
        onClose={() => setEditing(null)}
      />
      <RemoveActorDialog
        boardId={boardId}
        actor={removing}
        pending={removal.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
