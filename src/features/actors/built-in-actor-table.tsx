import { ACTOR_GROUPS, BUILT_IN_ACTORS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import styles from './actor-table.module.css';

/** The actors that come with Recboard, read-only, in the order of their groups. */
export function BuiltInActorTable({ labelledBy }: { labelledBy: string }) {
  const { t, actorAbbr, actorName } = useI18n();
  const rows = ACTOR_GROUPS.flatMap((group) =>
    BUILT_IN_ACTORS.filter((actor) => actor.group === group),
  );
  return (
    <table className={styles.table} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('actors.column.abbr')}</th>
          <th scope="col">{t('actors.column.name')}</th>
          <th scope="col">{t('actors.column.group')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((actor) => (
          <tr key={actor.id}>
            <th scope="row" className={styles.abbr}>
              {actorAbbr(actor)}
            </th>
            <td>{actorName(actor)}</td>
            <td>{t(`actorGroup.${actor.group}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
