import 'fake-indexeddb/auto';
import './dialog-polyfill';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadPageMessages } from '../i18n/load-messages';
import { expectNoUnexpectedMutationErrors } from './mutation-errors';

// Components are rendered directly here, not through their lazy pages: every word is loaded.
await loadPageMessages();

// Testing Library unmounts after each test only when test globals are on; they are not here.
// A tree left mounted keeps its queries' timers, which fire after the file's jsdom is gone.
afterEach(() => cleanup());
afterEach(() => expectNoUnexpectedMutationErrors());
