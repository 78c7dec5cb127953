import {
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useRef,
  useState,
} from 'react';
import type { EditableColumnId } from './cell-write';
import styles from './table-view.module.css';

export interface EditorOption {
  value: string;
  label: string;
}

interface CellEditorProps {
  column: EditableColumnId;
  initial: string;
  /** The column's name: the field's accessible name. */
  label: string;
  /** The choices of a select; the due date is a date input and has none. */
  options: readonly EditorOption[];
  onCommit: (value: string) => void;
  onCancel: () => void;
}

/**
 * A cell being edited: a native select, or a real date input for the due date. Enter (or
 * leaving the field) commits, Escape cancels and restores the value. A date typed only in
 * part is neither saved nor lost: Enter waits for the rest, leaving the field cancels.
 */
export function CellEditor({
  column,
  initial,
  label,
  options,
  onCommit,
  onCancel,
}: CellEditorProps) {
  const [value, setValue] = useState(initial);
  // A value no option names (an actor removed since) stays shown rather than silently change.
  const choices =
    column === 'dueDate' || options.some((option) => option.value === initial)
      ? options
      : [{ value: initial, label: initial }, ...options];
  const settled = useRef(false);
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);

  const finish = (commit: boolean, target: HTMLInputElement | HTMLSelectElement) => {
    if (settled.current) return;
    settled.current = true;
    const incomplete = target instanceof HTMLInputElement && target.validity.badInput;
    if (commit && !incomplete) onCommit(value);
    else onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    const target = event.currentTarget;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.validity.badInput) {
      return;
    }
    finish(event.key === 'Enter', target);
  };

  const field = {
    ref: focusOnMount,
    className: styles.editor,
    'aria-label': label,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValue(event.target.value),
    onKeyDown,
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLSelectElement>) =>
      finish(true, event.currentTarget),
  };
  if (column === 'dueDate') return <input type="date" {...field} />;
  return (
    <select {...field}>
      {choices.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
