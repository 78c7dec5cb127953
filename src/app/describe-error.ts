import type { I18n } from '../i18n/i18n-context';

/** A failed write, said in words a chair can act on; the write itself changed nothing. */
export function describeWriteError(error: unknown, t: I18n['t']): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return t('error.quota');
  if (name === 'DatabaseClosedError') return t('error.closed');
  return t('error.writeFailed', {
    message: error instanceof Error ? error.message : String(error),
  });
}
