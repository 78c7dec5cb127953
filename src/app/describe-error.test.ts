import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n-context';
import { describeWriteError } from './describe-error';

const { t } = createI18n('en');

describe('describeWriteError', () => {
  it('explains a full disk and a closed database in plain words', () => {
    expect(describeWriteError(new Dexie.QuotaExceededError('quota'), t)).toMatch(
      /out of storage space/,
    );
    expect(describeWriteError(new Dexie.DatabaseClosedError('closed'), t)).toMatch(
      /Reload this tab/,
    );
  });
  it('falls back to the error message', () => {
    expect(describeWriteError(new Error('boom'), t)).toBe('Could not save the change: boom');
  });
});
