import { type InputHTMLAttributes, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { toAsciiDigits } from '../lib/numbers';
import styles from './date-field.module.css';
import { Icon } from './icon';

type TextInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'inputMode' | 'placeholder'
>;

interface DateFieldProps extends TextInputProps {
  /** As typed: ISO (YYYY-MM-DD) in Western or Bangla digits; the caller validates it. */
  value: string;
  onChange: (value: string) => void;
  /** Called after onChange when the date came from the calendar, which leaves no blur to save on. */
  onPick?: (isoDate: string) => void;
  /** The calendar button's name; "Choose a date" unless several fields share a form. */
  chooseLabel?: string;
}

/** The typed value as a real calendar date (YYYY-MM-DD, Western digits), or null. */
export function calendarDateOf(value: string): string | null {
  const ascii = toAsciiDigits(value.trim());
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ascii);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  // Date.UTC rolls 31 February over into March: a real date survives the round trip.
  return date.toISOString().startsWith(ascii) ? ascii : null;
}

/**
 * A date typed as text (either digit set still works) with the browser's own calendar beside
 * it, and the date read back in the person's locale. The native picker is a visually hidden
 * date input opened by the button: the text stays the one field people and screen readers
 * use, and the date input is neither announced nor a Tab stop.
 */
export function DateField({
  value,
  onChange,
  onPick,
  chooseLabel,
  'aria-describedby': describedBy,
  ...inputProps
}: DateFieldProps) {
  const { t, formatDate } = useI18n();
  const pickerRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const readableId = useId();
  const calendarDate = calendarDateOf(value);

  const openPicker = () => {
    const picker = pickerRef.current;
    if (!picker) return;
    try {
      if (typeof picker.showPicker === 'function') return picker.showPicker();
    } catch {
      // showPicker throws where the browser refuses it (no user gesture, cross-origin frame).
    }
    // No calendar to show: the date is typed instead, in the field that says how. (The
    // calendar's own input is hidden from assistive technology, so it never takes the focus.)
    textRef.current?.focus();
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <input
          {...inputProps}
          ref={textRef}
          inputMode="numeric"
          placeholder={t('language.datePlaceholder')}
          value={value}
          aria-describedby={
            [describedBy, calendarDate ? readableId : null].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className={styles.choose}
          aria-label={chooseLabel ?? t('dateField.choose')}
          title={chooseLabel ?? t('dateField.choose')}
          onClick={openPicker}
        >
          <Icon name="calendarClock" />
        </button>
        <input
          ref={pickerRef}
          type="date"
          className={styles.picker}
          tabIndex={-1}
          aria-hidden="true"
          value={calendarDate ?? ''}
          onChange={(e) => {
            const picked = e.target.value;
            onChange(picked);
            if (picked !== '') onPick?.(picked);
          }}
        />
      </div>
      {calendarDate && (
        <span id={readableId} className={styles.readable}>
          {formatDate(calendarDate)}
        </span>
      )}
    </div>
  );
}
