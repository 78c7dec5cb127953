import { useId } from 'react';
import type { ActorRef } from '../../domain/actor';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './workshop-item.module.css';

interface WorkshopItemProps {
  workshop: Workshop;
  actors: ReadonlyMap<string, ActorRef>;
  onEdit: (workshop: Workshop) => void;
  onDelete: (workshop: Workshop) => void;
}

/** One workshop in the list. Its text comes from imports, so it is rendered as text only. */
export function WorkshopItem({ workshop, actors, onEdit, onDelete }: WorkshopItemProps) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  return (
    <article className={styles.item} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {workshop.title}
      </h3>
      <dl className={styles.facts}>
        <div>
          <dt>{t('workshops.field.date')}</dt>
          <dd>
            <time dateTime={workshop.date}>{formatDate(workshop.date)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('workshops.field.kind')}</dt>
          <dd>{t(`workshopKind.${workshop.kind}`)}</dd>
        </div>
        {workshop.place && (
          <div>
            <dt>{t('workshops.field.place')}</dt>
            <dd>{workshop.place}</dd>
          </div>
        )}
        {workshop.organiserIds.length > 0 && (
          <div>
            <dt>{t('workshops.field.organisers')}</dt>
            <dd>
              <ul className={styles.organisers}>
                {workshop.organiserIds.map((id) => (
                  <li key={id} title={actors.get(id)?.name}>
                    {actors.get(id)?.abbr ?? id}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {workshop.sourceRef && (
          <div className={styles.wide}>
            <dt>{t('workshops.field.sourceRef')}</dt>
            <dd>{workshop.sourceRef}</dd>
          </div>
        )}
      </dl>
      {workshop.notes && (
        <details className={styles.notes}>
          <summary>{t('workshops.field.notes')}</summary>
          <p>{workshop.notes}</p>
        </details>
      )}
      <div className={styles.actions}>
        <Button onClick={() => onEdit(workshop)}>
          {t('workshops.edit')}
          <span className="visually-hidden"> {workshop.title}</span>
        </Button>
        <Button variant="danger" onClick={() => onDelete(workshop)}>
          {t('workshops.delete')}
          <span className="visually-hidden"> {workshop.title}</span>
        </Button>
      </div>
    </article>
  );
}
