import type { Actor } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './actor-table.module.css';

interface UserActorTableProps {
  actors: readonly Actor[];
  labelledBy: string;
  onEdit: (actor: Actor) => void;
  onRemove: (actor: Actor) => void;
}

/** The board's own actors, each with edit and remove. Names are shown as text only. */
export function UserActorTable({ actors, labelledBy, onEdit, onRemove }: UserActorTableProps) {
  const { t, compare } = useI18n();
  // In the reader's alphabetical order (Bangla's in bn), whatever order they were read in.
  const sorted = [...actors].sort((a, b) => compare(a.abbr, b.abbr));
  return (
    <table className={styles.table} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('actors.column.abbr')}</th>
          <th scope="col">{t('actors.column.name')}</th>
          <th scope="col">{t('actors.column.group')}</th>
          <th scope="col">{t('actors.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((actor) => (
          <tr key={actor.id}>
            <th scope="row" className={styles.abbr}>
              {actor.abbr}
            </th>
            <td>{actor.name}</td>
            <td>{t(`actorGroup.${actor.group}`)}</td>
            <td>
              <div className={styles.actions}>
                <Button onClick={() => onEdit(actor)}>
                  {t('actors.edit')}
                  <span className="visually-hidden"> {actor.abbr}</span>
                </Button>
                <Button variant="danger" onClick={() => onRemove(actor)}>
                  {t('actors.remove')}
                  <span className="visually-hidden"> {actor.abbr}</span>
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
