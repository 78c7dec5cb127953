import { useId } from 'react';
import styles from './checkbox-group.module.css';

export interface CheckboxOption<V extends string | number> {
  value: V;
  label: string;
  /** Longer text shown beside the label (a full name, an objective's title). */
  description?: string;
}

interface CheckboxGroupProps<V extends string | number> {
  legend: string;
  options: readonly CheckboxOption<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  error?: string | undefined;
  columns?: 1 | 2;
}

/** A multi-select as a fieldset of checkboxes: every option reachable by Tab and Space. */
export function CheckboxGroup<V extends string | number>(props: CheckboxGroupProps<V>) {
  const { legend, options, selected, onChange, error, columns = 1 } = props;
  const errorId = useId();
  const toggle = (value: V, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === value || selected.includes(v))
        : selected.filter((v) => v !== value),
    );
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options} data-columns={columns}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>
              <span className={styles.label}>{option.label}</span>
              {option.description && (
                <span className={styles.description}> {option.description}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
