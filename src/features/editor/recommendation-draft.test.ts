import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n-context';
import { emptyDraft, validateDraft } from './recommendation-draft';

const { t } = createI18n('en');
const COLUMN = '01900000-0000-7000-8000-00000000c001';

describe('validateDraft', () => {
  it('says what is wrong and where', () => {
    const result = validateDraft(
      {
        ...emptyDraft(COLUMN),
        text: '  ',
        dueDate: '2024-02-31',
        actorIds: ['iom'],
        leadActorId: 'mofa',
      },
      t,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.text).toBe('This cannot be empty.');
    expect(result.errors.dueDate).toBe("'2024-02-31' is not a date. Use the format YYYY-MM-DD.");
    expect(result.errors.leadActorId).toBe('The lead actor must be one of the responsible actors.');
  });

  it('turns a valid draft into an edit, with Bangla digits and labels parsed', () => {
    const result = validateDraft(
      {
        ...emptyDraft(COLUMN),
        text: 'Certify returnee skills',
        dueDate: '২০২৭-০৩-৩১',
        labels: 'skills, , returnees',
      },
      t,
    );
    expect(result).toMatchObject({
      ok: true,
      edit: {
        text: 'Certify returnee skills',
        dueDate: '2027-03-31',
        labels: ['skills', 'returnees'],
        workshopId: null,
      },
    });
  });
});
