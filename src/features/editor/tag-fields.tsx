import type { ActorRef } from '../../domain/actor';
import { GCM_OBJECTIVES, SDG_TARGETS } from '../../domain/global-frameworks';
import { ACTOR_GROUPS, STAGE_IDS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { FormField } from '../../ui/form-field';
import styles from './card-editor.module.css';
import type { DraftFieldsProps } from './main-fields';
import { PickerDisclosure } from './picker-disclosure';

interface TagFieldsProps extends DraftFieldsProps {
  actors: readonly ActorRef[];
  actorDirectory: ReadonlyMap<string, ActorRef>;
}

/** Stages, responsible actors and the lead, GCM objectives and SDG targets. */
export function TagFields({ draft, change, errors, actors, actorDirectory }: TagFieldsProps) {
  const { t, term, actorAbbr, actorName } = useI18n();
  const chosenActors = draft.actorIds.map(
    (id) => actorDirectory.get(id) ?? { id, abbr: id, name: id },
  );
  return (
    <div className={styles.fields}>
      <CheckboxGroup
        legend={t('field.stageIds')}
        options={STAGE_IDS.map((id) => ({ value: id, label: t(`stage.${id}`) }))}
        selected={draft.stageIds}
        onChange={(stageIds) => change({ stageIds })}
        error={errors.stageIds}
        columns={2}
      />
      <PickerDisclosure
        title={t('field.actorIds')}
        chosen={chosenActors.map(actorAbbr).join(', ')}
        defaultOpen={draft.actorIds.length === 0}
      >
        {ACTOR_GROUPS.map((group) => {
          const inGroup = actors.filter((actor) => actor.group === group);
          if (inGroup.length === 0) return null;
          return (
            <CheckboxGroup
              key={group}
              legend={t(`actorGroup.${group}`)}
              options={inGroup.map((actor) => ({
                value: actor.id,
                label: actorAbbr(actor),
                description: actorName(actor),
              }))}
              selected={draft.actorIds.filter((id) => inGroup.some((actor) => actor.id === id))}
              onChange={(selected) => {
                const others = draft.actorIds.filter(
                  (id) => !inGroup.some((actor) => actor.id === id),
                );
                const actorIds = [...others, ...selected];
                change({
                  actorIds,
                  leadActorId: actorIds.includes(draft.leadActorId) ? draft.leadActorId : '',
                });
              }}
              columns={2}
            />
          );
        })}
      </PickerDisclosure>
      <FormField
        label={t('field.leadActorId')}
        hint={t('field.leadActorHint')}
        error={errors.leadActorId}
      >
        <select value={draft.leadActorId} onChange={(e) => change({ leadActorId: e.target.value })}>
          <option value="">{t('field.noLead')}</option>
          {chosenActors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actorAbbr(actor)}
            </option>
          ))}
        </select>
      </FormField>
      <PickerDisclosure
        title={t('field.gcmObjectives')}
        chosen={draft.gcmObjectives.map((n) => t('field.gcmShort', { n })).join(', ')}
      >
        <CheckboxGroup
          legend={t('field.gcmObjectives')}
          options={GCM_OBJECTIVES.map((o) => ({
            value: o.n,
            label: t('field.gcmShort', { n: o.n }),
            description: term(`gcm.${o.n}`, o.title),
          }))}
          selected={draft.gcmObjectives}
          onChange={(gcmObjectives) => change({ gcmObjectives })}
          error={errors.gcmObjectives}
        />
      </PickerDisclosure>
      <PickerDisclosure
        title={t('field.sdgTargets')}
        chosen={draft.sdgTargets.map((id) => term(`sdg.${id}.code`, id)).join(', ')}
      >
        <CheckboxGroup
          legend={t('field.sdgTargets')}
          options={SDG_TARGETS.map((s) => ({
            value: s.id,
            label: term(`sdg.${s.id}.code`, s.id),
            description: term(`sdg.${s.id}.title`, s.title),
          }))}
          selected={draft.sdgTargets}
          onChange={(sdgTargets) => change({ sdgTargets })}
          error={errors.sdgTargets}
        />
      </PickerDisclosure>
    </div>
  );
}
