import { useMemo } from 'react';
import {
  type BoardFilter,
  DUE_FILTER_STATES,
  PRIORITY_FILTER_VALUES,
} from '../../domain/find/board-filter';
import { GCM_OBJECTIVES, SDG_TARGETS } from '../../domain/global-frameworks';
import { RESPONSES } from '../../domain/response';
import { STAGE_IDS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { useLiveActors } from '../../queries/actor-queries';
import { useBoardLayout } from '../../queries/board-queries';
import { CheckboxGroup } from '../../ui/checkbox-group';
import styles from './filter-bar.module.css';

/**
 * Every filter, as groups of checkboxes: several values of one kind widen (OR), kinds narrow
 * (AND). Everything by Tab and Space; the board follows at once.
 */
export function FilterPanel({
  boardId,
  filter,
  onChange,
}: {
  boardId: string;
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  const { t, formatDate, compare, actorAbbr, actorName, term } = useI18n();
  const { data } = useBoardLayout(boardId);
  const actors = useLiveActors(boardId);
  const set = (fields: Partial<BoardFilter>) => onChange({ ...filter, ...fields });
  const workshops = useMemo(
    () => [...(data?.workshopsById.values() ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1)),
    [data],
  );
  const labels = useMemo(() => {
    const found = new Set<string>();
    for (const card of data?.cardsById.values() ?? [])
      for (const label of card.labels) found.add(label);
    return [...found].sort(compare);
  }, [data, compare]);
  return (
    <div className={styles.panel}>
      <CheckboxGroup
        legend={t('field.stageIds')}
        options={STAGE_IDS.map((value) => ({ value, label: t(`stage.${value}`) }))}
        selected={filter.stageIds}
        onChange={(stageIds) => set({ stageIds })}
      />
      <div>
        <CheckboxGroup
          legend={t('field.actorIds')}
          columns={2}
          options={actors.map((actor) => ({
            value: actor.id,
            label: actorAbbr(actor),
            description: actorName(actor),
          }))}
          selected={filter.actorIds}
          onChange={(actorIds) => set({ actorIds })}
        />
        <label className={styles.inline}>
          <input
            type="checkbox"
            checked={filter.actorRole === 'lead'}
            onChange={(event) => set({ actorRole: event.target.checked ? 'lead' : 'any' })}
          />
          {t('filter.leadOnly')}
        </label>
      </div>
      <CheckboxGroup
        legend={t('filter.due')}
        options={DUE_FILTER_STATES.map((value) => ({ value, label: t(`filter.due.${value}`) }))}
        selected={filter.dueStates}
        onChange={(dueStates) => set({ dueStates })}
      />
      <label className={styles.inline}>
        <input
          type="checkbox"
          checked={filter.notActionable}
          onChange={(event) => set({ notActionable: event.target.checked })}
        />
        {t('filter.notActionable')}
      </label>
      <CheckboxGroup
        legend={t('field.response')}
        options={RESPONSES.map((value) => ({ value, label: t(`response.${value}`) }))}
        selected={filter.responses}
        onChange={(responses) => set({ responses })}
      />
      <CheckboxGroup
        legend={t('field.priority')}
        options={PRIORITY_FILTER_VALUES.map((value) => ({
          value,
          label: value === 'none' ? t('field.noPriority') : t(`priority.${value}`),
        }))}
        selected={filter.priorities}
        onChange={(priorities) => set({ priorities })}
      />
      <CheckboxGroup
        legend={t('field.workshopId')}
        options={workshops.map((w) => ({
          value: w.id,
          label: w.title,
          description: formatDate(w.date),
        }))}
        selected={filter.workshopIds}
        onChange={(workshopIds) => set({ workshopIds })}
      />
      {labels.length > 0 && (
        <CheckboxGroup
          legend={t('field.labels')}
          options={labels.map((value) => ({ value, label: value }))}
          selected={filter.labels}
          onChange={(next) => set({ labels: next })}
        />
      )}
      <CheckboxGroup
        legend={t('field.gcmObjectives')}
        columns={2}
        options={GCM_OBJECTIVES.map((o) => ({
          value: o.n,
          label: t('field.gcmShort', { n: o.n }),
          description: term(`gcm.${o.n}`, o.title),
        }))}
        selected={filter.gcmObjectives}
        onChange={(gcmObjectives) => set({ gcmObjectives })}
      />
      <CheckboxGroup
        legend={t('field.sdgTargets')}
        options={SDG_TARGETS.map((o) => ({
          value: o.id,
          label: term(`sdg.${o.id}.code`, o.id),
          description: term(`sdg.${o.id}.title`, o.title),
        }))}
        selected={filter.sdgTargets}
        onChange={(sdgTargets) => set({ sdgTargets })}
      />
    </div>
  );
}
