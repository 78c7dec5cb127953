import type { UnknownNames } from '../../domain/formats/import-references';
import { ACTOR_GROUPS, type ActorGroup, STAGE_IDS, type StageId } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import styles from './snapshots.module.css';

export interface NameChoices {
  /** Unknown actors to create, with their group; an actor left out is not added to cards. */
  createActors: Map<string, ActorGroup>;
  /** Unknown stage names given a stage; the rest are left off the cards. */
  stageFor: Map<string, StageId>;
}

/** Names the board does not know: actors to create, stages to map, columns and workshops made. */
export function CsvUnknownNames({
  unknown,
  choices,
  onChange,
}: {
  unknown: UnknownNames;
  choices: NameChoices;
  onChange: (choices: NameChoices) => void;
}) {
  const { t } = useI18n();
  const setActor = (name: string, group: ActorGroup | null) => {
    const createActors = new Map(choices.createActors);
    if (group) createActors.set(name, group);
    else createActors.delete(name);
    onChange({ ...choices, createActors });
  };
  const setStage = (name: string, stage: StageId | '') => {
    const stageFor = new Map(choices.stageFor);
    if (stage) stageFor.set(name, stage);
    else stageFor.delete(name);
    onChange({ ...choices, stageFor });
  };
  return (
    <div className={styles.unknown}>
      {unknown.unknownActors.length > 0 && (
        <fieldset>
          <legend>{t('snapshots.csv.unknownActors')}</legend>
          {unknown.unknownActors.map((name) => {
            const group = choices.createActors.get(name);
            return (
              <div key={name} className={styles.unknownRow}>
                <label>
                  <input
                    type="checkbox"
                    checked={group !== undefined}
                    onChange={(event) =>
                      setActor(name, event.target.checked ? 'civil_society' : null)
                    }
                  />
                  {t('snapshots.csv.createActor', { name })}
                </label>
                {group && (
                  <select
                    aria-label={t('snapshots.csv.actorGroup', { name })}
                    value={group}
                    onChange={(event) => setActor(name, event.target.value as ActorGroup)}
                  >
                    {ACTOR_GROUPS.map((each) => (
                      <option key={each} value={each}>
                        {t(`actorGroup.${each}`)}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      {unknown.unknownStages.length > 0 && (
        <fieldset>
          <legend>{t('snapshots.csv.unknownStages')}</legend>
          {unknown.unknownStages.map((name) => (
            <label key={name} className={styles.unknownRow}>
              {t('snapshots.csv.stageFor', { name })}
              <select
                value={choices.stageFor.get(name) ?? ''}
                onChange={(event) => setStage(name, event.target.value as StageId | '')}
              >
                <option value="">{t('snapshots.csv.leaveOut')}</option>
                {STAGE_IDS.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`stage.${stage}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {unknown.unknownColumns.length > 0 && (
        <p>{t('snapshots.csv.newColumns', { names: unknown.unknownColumns.join(', ') })}</p>
      )}
      {unknown.unknownWorkshops.length > 0 && (
        <p>{t('snapshots.csv.newWorkshops', { names: unknown.unknownWorkshops.join(', ') })}</p>
      )}
    </div>
  );
}
