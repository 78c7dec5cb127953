import type { ActorRef } from '../../domain/actor';
import { GCM_OBJECTIVES } from '../../domain/global-frameworks';
import { ACTOR_GROUPS, STAGE_IDS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { Disclosure } from '../../ui/disclosure';
import { FormField } from '../../ui/form-field';
import styles from './report-import.module.css';
import type { ReviewEdit, ReviewItem } from './review-items';

interface CandidateTagsProps {
  item: ReviewItem;
  actors: readonly ActorRef[];
  actorDirectory: ReadonlyMap<string, ActorRef>;
  onEdit: (edit: ReviewEdit) => void;
}

/** The suggested tags, folded: stages, responsible actors and the lead, GCM objectives. */
export function CandidateTags({ item, actors, actorDirectory, onEdit }: CandidateTagsProps) {
  const { t, actorAbbr, actorName, term } = useI18n();
  const chosenActors = item.actorIds.map((id) => actorDirectory.get(id) ?? { id, abbr: id });
  const summary = [
    ...item.stageIds.map((id) => t(`stage.${id}`)),
    ...chosenActors.map(actorAbbr),
    ...item.gcmObjectives.map((n) => t('field.gcmShort', { n })),
  ].join(', ');
  return (
    <Disclosure
      className={styles.tags}
      bodyClassName={styles.tagsBody}
      summary={
        <>
          {t('reportImport.item.tags')}
          <span className={styles.tagSummary}>{summary || t('field.none')}</span>
        </>
      }
    >
      <CheckboxGroup
        legend={t('field.stageIds')}
        options={STAGE_IDS.map((id) => ({ value: id, label: t(`stage.${id}`) }))}
        selected={item.stageIds}
        onChange={(stageIds) => onEdit({ stageIds })}
        columns={2}
      />
      <fieldset className={styles.actorGroups}>
        <legend>{t('field.actorIds')}</legend>
        {ACTOR_GROUPS.map((group) => {
          const inGroup = actors.filter((actor) => actor.group === group);
          if (inGroup.length === 0) return null;
          const ids = new Set(inGroup.map((actor) => actor.id));
          return (
            <CheckboxGroup
              key={group}
              legend={t(`actorGroup.${group}`)}
              options={inGroup.map((actor) => ({
                value: actor.id,
                label: actorAbbr(actor),
                description: actorName(actor),
              }))}
              selected={item.actorIds.filter((id) => ids.has(id))}
              onChange={(selected) =>
                onEdit({ actorIds: [...item.actorIds.filter((id) => !ids.has(id)), ...selected] })
              }
              columns={2}
            />
          );
        })}
      </fieldset>
      <FormField label={t('field.leadActorId')} hint={t('field.leadActorHint')}>
        <select
          value={item.leadActorId ?? ''}
          onChange={(event) => onEdit({ leadActorId: event.target.value || null })}
        >
          <option value="">{t('field.noLead')}</option>
          {chosenActors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actorAbbr(actor)}
            </option>
          ))}
        </select>
      </FormField>
      <CheckboxGroup
        legend={t('field.gcmObjectives')}
        options={GCM_OBJECTIVES.map((o) => ({
          value: o.n,
          label: t('field.gcmShort', { n: o.n }),
          description: term(`gcm.${o.n}`, o.title),
        }))}
        selected={item.gcmObjectives}
        onChange={(gcmObjectives) => onEdit({ gcmObjectives })}
      />
    </Disclosure>
  );
}
