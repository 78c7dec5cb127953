// First, for its side effect: the database opens while the rest of the app is evaluated.
import './app/start-board-opening';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openBoardOnce } from './app/board-opening';
import './app/tokens.css';
import './app/global.css';
import { App } from './app/app';
import { describeWriteError } from './app/describe-error';
import { LocaleProvider } from './i18n/locale-provider';
import { activeI18n, localeReady } from './i18n/locale-store';
import { createQueryClient } from './queries/query-client';
import { ToastContext } from './ui/toast/toast-context';
import { createToastStore } from './ui/toast/toast-store';

const toasts = createToastStore();
// One place turns every failed write into a message; the write itself left the data unchanged.
const queryClient = createQueryClient((error) =>
  toasts.show({ tone: 'error', message: describeWriteError(error, activeI18n().t) }),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <LocaleProvider>
        <ToastContext.Provider value={toasts}>
          <App queryClient={queryClient} />
        </ToastContext.Provider>
      </LocaleProvider>
    </StrictMode>,
  );

/**
 * How long the first render waits for the board's first screen. Rendering the shell first
 * and the board a moment later costs a render, a layout and a paint more than rendering
 * both at once; a slow or blocked database still gets the loading screen after this wait.
 */
const FIRST_SCREEN_WAIT_MS = 300;

const firstScreen = openBoardOnce().firstRead;
// The remembered language (a chunk for Bangla) loads while the database opens.
const languageReady = localeReady();
void Promise.race([
  firstScreen.then(undefined, () => undefined),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
])
  .then(() => languageReady)
  .then(render);
