import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { createI18n } from './create-i18n';
import { loadLocaleBundle } from './load-messages';

async function bangla() {
  const { messages, vocabulary } = await loadLocaleBundle('bn');
  return createI18n('bn', messages, vocabulary);
}

describe('createI18n in Bangla', () => {
  it('counts with Bangla digits and the classifier', async () => {
    const { t } = await bangla();
    expect(t('column.cardCount', { count: 38 })).toBe('৩৮টি সুপারিশ');
    expect(t('column.cardCount', { count: 1 })).toBe('১টি সুপারিশ');
    expect(t('column.cardCount', { count: 123456 })).toBe('১,২৩,৪৫৬টি সুপারিশ');
  });

  it('writes calendar dates with Bangla month names and digits, never shifted', async () => {
    const { formatDate } = await bangla();
    expect(formatDate('2025-01-15')).toBe('১৫ জানু, ২০২৫');
    expect(formatDate('2027-12-31')).toBe('৩১ ডিসে, ২০২৭');
  });

  it('writes times on a 24-hour clock, with no Latin AM or PM', async () => {
    const { formatInstant } = await bangla();
    const text = formatInstant('2025-03-05T10:30:00Z');
    expect(text).toMatch(/[০-৯]/);
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('writes a year in Bangla digits, never grouped like a count', async () => {
    const { formatYear, formatNumber, t } = await bangla();
    expect(formatYear(2026)).toBe('২০২৬');
    expect(formatNumber(2026)).toBe('২,০২৬');
    expect(t('dashboard.quarter.label', { quarter: 4, year: formatYear(2026) })).toBe(
      'ত্রৈমাসিক ৪, ২০২৬',
    );
    expect(createI18n('en').formatYear(2026)).toBe('2026');
  });

  it('joins a list as each language does', async () => {
    const { formatList } = await bangla();
    expect(formatList(['উদ্দেশ্য ৩', 'উদ্দেশ্য ৭', 'উদ্দেশ্য ৯'])).toBe(
      'উদ্দেশ্য ৩, উদ্দেশ্য ৭ এবং উদ্দেশ্য ৯',
    );
    expect(createI18n('en').formatList(['Objective 3', 'Objective 7', 'Objective 9'])).toBe(
      'Objective 3, Objective 7 and Objective 9',
    );
  });

  it('sorts in Bangla alphabetical order', async () => {
    const { compare } = await bangla();
    expect(['গণমাধ্যম', 'আইওএম', 'কমিশন', 'অভিবাসন'].sort(compare)).toEqual([
      'অভিবাসন',
      'আইওএম',
      'কমিশন',
      'গণমাধ্যম',
    ]);
  });

  it('names built-in actors in Bangla and leaves user actors as typed', async () => {
    const { actorAbbr, actorName, term } = await bangla();
    expect(actorAbbr({ id: 'bmet', abbr: 'BMET' })).toBe('বিএমইটি');
    expect(actorName({ id: 'iom', name: 'International Organization for Migration' })).toBe(
      'আন্তর্জাতিক অভিবাসন সংস্থা',
    );
    expect(actorAbbr({ id: '0190a1b2-0000-7000-8000-000000000001', abbr: 'OURS' })).toBe('OURS');
    expect(term('sdg.10.7.code', '10.7')).toBe('১০.৭');
  });

  it('labels an actor with its abbreviation and name, in the language of the interface', async () => {
    const iom = { id: 'iom', abbr: 'IOM', name: 'International Organization for Migration' };
    expect(createI18n('en').actorLabel(iom)).toBe('IOM – International Organization for Migration');
    expect((await bangla()).actorLabel(iom)).toBe('আইওএম – আন্তর্জাতিক অভিবাসন সংস্থা');
    // A user's actor with no separate abbreviation is named once.
    const ours = { id: '0190a1b2-0000-7000-8000-000000000001', abbr: 'Shelter', name: 'Shelter' };
    expect(createI18n('en').actorLabel(ours)).toBe('Shelter');
  });

  it("shows a new board's built-in column and board names in Bangla until the user renames them", async () => {
    const { columnName, boardName } = await bangla();
    const inProgress = { id: defaultColumnId('in_progress'), name: 'In progress' };
    expect(columnName(inProgress)).toBe('বাস্তবায়নাধীন');
    expect(columnName({ ...inProgress, name: 'Under way' })).toBe('Under way');
    // A user's column that happens to share a built-in name is the user's.
    expect(columnName({ id: '0190a1b2-0000-7000-8000-00000000c0ff', name: 'In progress' })).toBe(
      'In progress',
    );
    expect(boardName({ name: 'Migration working group' })).toBe('অভিবাসন ওয়ার্কিং গ্রুপ');
    expect(boardName({ name: 'LMTWG' })).toBe('LMTWG');
    expect(createI18n('en').columnName(inProgress)).toBe('In progress');
  });

  it('keeps English as it was', () => {
    const { t, actorAbbr, formatDate } = createI18n('en');
    expect(t('column.cardCount', { count: 38 })).toBe('38 recommendations');
    expect(actorAbbr({ id: 'bmet', abbr: 'BMET' })).toBe('BMET');
    expect(formatDate('2025-01-15')).toBe('15 Jan 2025');
  });
});
