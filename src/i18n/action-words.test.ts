import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { actionWords } from './action-words';
import { createI18n } from './create-i18n';
import { loadLocaleBundle } from './load-messages';

describe('actionWords', () => {
  const inProgress = defaultColumnId('in_progress');

  it("names a built-in column in the reader's language, a renamed one as it was saved", async () => {
    const { messages, vocabulary } = await loadLocaleBundle('bn');
    const bangla = createI18n('bn', messages, vocabulary);
    const moved = {
      kind: 'card.moved' as const,
      params: { title: 'ব্যাংক', column: 'In progress', columnOf: inProgress },
    };
    expect(actionWords(moved, bangla)).toContain('বাস্তবায়নাধীন');
    expect(actionWords(moved, bangla)).not.toContain('In progress');
    const renamed = { ...moved, params: { ...moved.params, column: 'Under way' } };
    expect(actionWords(renamed, bangla)).toContain('Under way');
    const created = { kind: 'board.created' as const, params: { name: 'Migration working group' } };
    expect(actionWords(created, bangla)).toContain('অভিবাসন ওয়ার্কিং গ্রুপ');
  });

  it('says what an undo took back, and reads labels saved before column ids were kept', () => {
    const english = createI18n('en');
    const old = { kind: 'card.moved' as const, params: { title: 'Banks', column: 'Done' } };
    expect(actionWords(old, english)).toBe('Moved “Banks” to Done');
    expect(actionWords({ kind: 'undo', params: {} }, english, old)).toContain(
      'Moved “Banks” to Done',
    );
  });
});
