import 'fake-indexeddb/auto';
import './dialog-polyfill';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadPageMessages } from '../i18n/load-messages';
import { setLocale } from '../i18n/locale-store';
import { expectNoUnexpectedMutationErrors } from './mutation-errors';

// Components are rendered directly here, not through their lazy pages: every word is loaded.
await loadPageMessages();

// The files of a worker share one jsdom (vite.config.ts): each starts as a new page would,
// with empty storage, a bare <html>, the English interface and the bare address (the app
// shell's test once opened on the workshops page, an address only another file sets).
window.history.replaceState(null, '', '/');
localStorage.clear();
sessionStorage.clear();
for (const name of document.documentElement.getAttributeNames()) {
  document.documentElement.removeAttribute(name);
}
await setLocale('en', false);

// Testing Library unmounts after each test only when test globals are on; they are not here.
// A tree left mounted keeps its queries' timers, which fire after the file's jsdom is gone.
afterEach(() => cleanup());
afterEach(() => expectNoUnexpectedMutationErrors());
