import { useId } from 'react';
import type { ActorRef } from '../../domain/actor';
import { ACTOR_GROUPS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import styles from './organiser-picker.module.css';

interface OrganiserPickerProps {
  /** Actors that can be picked: built-in and the board's live ones. */
  liveActors: readonly ActorRef[];
  /** Every actor by id, removed ones included, to show organisers removed since. */
  directory: ReadonlyMap<string, ActorRef>;
  selected: readonly string[];
  onChange: (organiserIds: string[]) => void;
  error?: string | undefined;
}

/**
 * Organisers as checkboxes grouped by actor group: native controls, so keyboard and screen
 * readers work without a custom multi-select. An organiser removed since stays listed (and
 * ticked) so saving the workshop does not drop it silently.
 */
export function OrganiserPicker({
  liveActors,
  directory,
  selected,
  onChange,
  error,
}: OrganiserPickerProps) {
  const { t, actorAbbr, actorName } = useI18n();
  const id = useId();
  const liveIds = new Set(liveActors.map((actor) => actor.id));
  const removed = selected.flatMap((actorId) => {
    const actor = liveIds.has(actorId) ? undefined : directory.get(actorId);
    return actor ? [actor] : [];
  });
  const offered = [...liveActors, ...removed];
  const removedIds = new Set(removed.map((actor) => actor.id));

  const toggle = (actorId: string, checked: boolean) =>
    onChange(
      checked ? [...selected, actorId] : selected.filter((selectedId) => selectedId !== actorId),
    );

  return (
    <fieldset
      className={styles.picker}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend className={styles.legend}>{t('workshops.field.organisers')}</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        {t('workshops.form.organisersHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      {ACTOR_GROUPS.map((group) => {
        const actors = offered.filter((actor) => actor.group === group);
        if (actors.length === 0) return null;
        return (
          <fieldset key={group} className={styles.group}>
            <legend className={styles.groupLegend}>{t(`actorGroup.${group}`)}</legend>
            <div className={styles.options}>
              {actors.map((actor) => (
                <label key={actor.id} className={styles.option}>
                  <input
                    type="checkbox"
                    checked={selected.includes(actor.id)}
                    onChange={(event) => toggle(actor.id, event.currentTarget.checked)}
                  />
                  <span className={styles.abbr}>
                    {removedIds.has(actor.id)
                      ? t('workshops.form.removedActor', { abbr: actorAbbr(actor) })
                      : actorAbbr(actor)}
                  </span>
                  {actorName(actor) !== actorAbbr(actor) && (
                    <span className={styles.name}>{actorName(actor)}</span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
