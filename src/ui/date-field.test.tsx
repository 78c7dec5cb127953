import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, I18nContext } from '../i18n/i18n-context';
import { loadLocaleBundle } from '../i18n/load-messages';
import { calendarDateOf, DateField } from './date-field';

function Field({ initial = '', onPick }: { initial?: string; onPick?: (date: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      aria-label="Due date"
      value={value}
      onChange={setValue}
      {...(onPick ? { onPick } : {})}
    />
  );
}

const textbox = () => screen.getByRole('textbox', { name: 'Due date' }) as HTMLInputElement;
const picker = (container: HTMLElement) => {
  const input = container.querySelector('input[type="date"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no date input');
  return input;
};

describe('DateField', () => {
  it('writes the date picked in the calendar into the field and reads it back in English', () => {
    const onPick = vi.fn();
    const { container } = render(<Field onPick={onPick} />);
    fireEvent.change(picker(container), { target: { value: '2027-03-31' } });
    expect(textbox().value).toBe('2027-03-31');
    expect(screen.getByText('31 Mar 2027').tagName).toBe('SPAN');
    expect(onPick).toHaveBeenCalledWith('2027-03-31');
  });

  it('keeps typing: Bangla digits are read back, and the calendar opens on that date', async () => {
    const { container } = render(<Field />);
    await userEvent.type(textbox(), '২০২৭-০৩-৩১');
    expect(textbox().value).toBe('২০২৭-০৩-৩১');
    expect(picker(container).value).toBe('2027-03-31');
    expect(screen.getByText('31 Mar 2027').id).toBe(textbox().getAttribute('aria-describedby'));
  });

  it('shows no reading for a date that does not exist', async () => {
    const { container } = render(<Field />);
    await userEvent.type(textbox(), '2027-02-30');
    expect(picker(container).value).toBe('');
    expect(container.textContent).not.toContain('Mar 2027');
    expect(textbox().getAttribute('aria-describedby')).toBeNull();
  });

  it('names its button, keeps the date input out of the Tab order, and opens the picker', async () => {
    const { container } = render(<Field initial="2027-03-31" />);
    const input = picker(container);
    const showPicker = vi.fn();
    Object.defineProperty(input, 'showPicker', { value: showPicker });
    expect(input.getAttribute('aria-hidden')).toBe('true');
    expect(input.tabIndex).toBe(-1);
    await userEvent.tab();
    expect(document.activeElement).toBe(textbox());
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Choose a date' }));
    await userEvent.keyboard('{Enter}');
    expect(showPicker).toHaveBeenCalledTimes(1);
  });

  it('focuses the field to type the date in where the browser has no showPicker', async () => {
    const { container } = render(<Field />);
    const input = picker(container);
    Object.defineProperty(input, 'showPicker', { value: undefined });
    await userEvent.click(screen.getByRole('button', { name: 'Choose a date' }));
    // Not the calendar's input: it is hidden from assistive technology.
    expect(document.activeElement).toBe(textbox());
  });

  it('reads the date in Bangla for a Bangla reader', async () => {
    const { messages, vocabulary } = await loadLocaleBundle('bn');
    const { container } = render(
      <I18nContext.Provider value={createI18n('bn', messages, vocabulary)}>
        <Field />
      </I18nContext.Provider>,
    );
    fireEvent.change(picker(container), { target: { value: '2027-12-31' } });
    expect(screen.getByText('৩১ ডিসে, ২০২৭').tagName).toBe('SPAN');
    expect(screen.getByRole('button', { name: 'তারিখ বেছে নিন' }).getAttribute('title')).toBe(
      'তারিখ বেছে নিন',
    );
  });
});

describe('calendarDateOf', () => {
  it('accepts real dates in either digit set and nothing else', () => {
    expect(calendarDateOf(' 2024-02-29 ')).toBe('2024-02-29');
    expect(calendarDateOf('২০২৪-০২-২৯')).toBe('2024-02-29');
    expect(calendarDateOf('2023-02-29')).toBeNull();
    expect(calendarDateOf('31/03/2027')).toBeNull();
    expect(calendarDateOf('')).toBeNull();
  });
});
