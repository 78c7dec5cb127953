import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, I18nContext } from './i18n-context';
import { LanguageSwitch } from './language-switch';
import * as messages from './load-messages';
import { activeI18n } from './locale-store';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('says when a language cannot be loaded, remembers nothing, and loads it on a retry', async () => {
    const load = messages.loadLocaleBundle;
    // The Bangla chunk fails once, as it does offline before the app ever cached it.
    vi.spyOn(messages, 'loadLocaleBundle')
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(load);
    render(
      <I18nContext.Provider value={createI18n('en')}>
        <LanguageSwitch />
      </I18nContext.Provider>,
    );
    const select = screen.getByRole('combobox', { name: 'Language' });
    fireEvent.change(select, { target: { value: 'bn' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load বাংলা. Check the connection and try again.',
    );
    expect(activeI18n().locale).toBe('en');
    expect(localStorage.getItem('recboard.locale')).toBeNull();

    fireEvent.change(select, { target: { value: 'bn' } });
    await vi.waitFor(() => expect(activeI18n().locale).toBe('bn'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('recboard.locale')).toBe('bn');
  });
});
