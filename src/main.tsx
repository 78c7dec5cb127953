// First, for its side effect: the database opens while the rest of the app is evaluated.
import './app/start-board-opening';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/tokens.css';
import './app/global.css';
import { App } from './app/app';
import { describeWriteError } from './app/describe-error';
import { createI18n, I18nContext } from './i18n/i18n-context';
import { createQueryClient } from './queries/query-client';
import { ToastContext } from './ui/toast/toast-context';
import { createToastStore } from './ui/toast/toast-store';

const i18n = createI18n('en');
const toasts = createToastStore();
// One place turns every failed write into a message; the write itself left the data unchanged.
const queryClient = createQueryClient((error) =>
  toasts.show({ tone: 'error', message: describeWriteError(error, i18n.t) }),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nContext.Provider value={i18n}>
      <ToastContext.Provider value={toasts}>
        <App queryClient={queryClient} />
      </ToastContext.Provider>
    </I18nContext.Provider>
  </StrictMode>,
);
