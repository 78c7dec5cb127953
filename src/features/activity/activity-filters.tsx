import { useI18n } from '../../i18n/i18n-context';
import { FormField } from '../../ui/form-field';
import { isKindGroup, KIND_GROUP_NAMES, type KindGroup } from './activity-kinds';
import styles from './activity-page.module.css';

/** What the filter controls hold: a kind group (or all), and calendar days (or ''). */
export interface ActivityFilterValues {
  group: KindGroup | 'all';
  from: string;
  to: string;
}

export const NO_FILTER: ActivityFilterValues = { group: 'all', from: '', to: '' };

/** The kind of change, and the first and last day to show, as native controls. */
export function ActivityFilters({
  value,
  onChange,
}: {
  value: ActivityFilterValues;
  onChange: (value: ActivityFilterValues) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className={styles.filters}>
      <legend className="visually-hidden">{t('activity.filters')}</legend>
      <FormField label={t('activity.kind')}>
        <select
          value={value.group}
          onChange={(event) => {
            const group = event.target.value;
            onChange({ ...value, group: isKindGroup(group) ? group : 'all' });
          }}
        >
          <option value="all">{t('activity.kind.all')}</option>
          {KIND_GROUP_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`activity.kind.${name}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('activity.from')}>
        <input
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => onChange({ ...value, from: event.target.value })}
        />
      </FormField>
      <FormField label={t('activity.to')}>
        <input
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => onChange({ ...value, to: event.target.value })}
        />
      </FormField>
    </fieldset>
  );
}
