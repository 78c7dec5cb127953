import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { useActorReferences } from '../../queries/actor-queries';
import { Button } from '../../ui/button';
import styles from './remove-actor-confirmation.module.css';

interface RemoveActorConfirmationProps {
  boardId: string;
  actor: Actor;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says where the actor is still named before it is removed, and that those keep showing it. */
export function RemoveActorConfirmation({
  boardId,
  actor,
  pending,
  onConfirm,
  onCancel,
}: RemoveActorConfirmationProps) {
  const { t } = useI18n();
  const { data: references, error } = useActorReferences(boardId, actor.id);
  if (error) throw error;
  const named = references && references.recommendations + references.workshops > 0;
  return (
    <div className={styles.body}>
      <p className={styles.question}>
        {t('actors.removeDialog.question', { abbr: actor.abbr, name: actor.name })}
      </p>
      {!references && <p role="status">{t('actors.removeDialog.counting')}</p>}
      {references && !named && <p>{t('actors.removeDialog.unreferenced')}</p>}
      {references && named && (
        <p>
          {t('actors.removeDialog.references', {
            abbr: actor.abbr,
            recommendations: t('actors.removeDialog.recommendations', {
              count: references.recommendations,
            }),
            workshops: t('actors.removeDialog.workshops', { count: references.workshops }),
          })}
        </p>
      )}
      <div className={styles.actions}>
        <Button onClick={onCancel}>{t('actors.removeDialog.cancel')}</Button>
        <Button variant="danger" onClick={onConfirm} disabled={pending}>
          {t('actors.removeDialog.confirm')}
        </Button>
      </div>
    </div>
  );
}
