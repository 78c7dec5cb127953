import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BijoyOffer } from './bijoy-offer';
import { useBijoyPaste } from './use-bijoy-paste';

function Field() {
  const [value, setValue] = useState('');
  const paste = useBijoyPaste();
  return (
    <>
      <textarea
        aria-label="Text"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onPaste={paste.onPaste}
      />
      <BijoyOffer paste={paste} value={value} onConvert={setValue} />
    </>
  );
}

/** Pastes as the browser does: the paste event, then the field's new value. */
function pasteInto(field: HTMLElement, text: string) {
  fireEvent.paste(field, { clipboardData: { getData: () => text } });
  fireEvent.change(field, { target: { value: text } });
}

const fieldValue = (field: HTMLElement) => (field as HTMLTextAreaElement).value;

describe('BijoyOffer', () => {
  it('offers to convert pasted Bijoy text and converts it to Unicode Bangla', async () => {
    render(<Field />);
    const field = screen.getByRole('textbox', { name: 'Text' });
    pasteInto(field, 'cÖevmx Kj¨vY I ˆe‡`wkK Kg©ms¯’vb gš¿Yvjq');
    expect(screen.getByRole('status').textContent).toBe(
      'This looks like Bijoy-encoded Bangla — convert?',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Convert' }));
    expect(fieldValue(field)).toBe('প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the text as pasted when asked to', async () => {
    render(<Field />);
    const field = screen.getByRole('textbox', { name: 'Text' });
    pasteInto(field, 'evsjv‡`k');
    await userEvent.click(screen.getByRole('button', { name: 'Keep as is' }));
    expect(fieldValue(field)).toBe('evsjv‡`k');
    expect(screen.queryByRole('button', { name: 'Convert' })).toBeNull();
  });

  it('offers nothing for English or Unicode Bangla', () => {
    render(<Field />);
    const field = screen.getByRole('textbox', { name: 'Text' });
    pasteInto(field, 'Strengthen pre-departure orientation for women migrant workers.');
    pasteInto(field, 'বহির্গমন-পূর্ব ব্রিফিং জোরদার করা');
    expect(screen.queryByRole('button', { name: 'Convert' })).toBeNull();
  });
});
