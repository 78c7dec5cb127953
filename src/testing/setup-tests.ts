import 'fake-indexeddb/auto';
import './dialog-polyfill';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { expectNoUnexpectedMutationErrors } from './mutation-errors';

// Testing Library unmounts after each test only when test globals are on; they are not here.
// A tree left mounted keeps its queries' timers, which fire after the file's jsdom is gone.
afterEach(() => cleanup());
afterEach(() => expectNoUnexpectedMutationErrors());
