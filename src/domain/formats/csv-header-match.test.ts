import { describe, expect, it } from 'vitest';
import { matchHeaders } from './csv-header-match';
import { ENGLISH_LABELS } from './fixtures/sample-board';

describe('matchHeaders', () => {
  it('matches the export’s own English headers, leaving out the derived columns', () => {
    const { actionItemsDone, actionItemsTotal, latestProgressNote, ...carried } =
      ENGLISH_LABELS.headers;
    expect(matchHeaders(Object.values(ENGLISH_LABELS.headers))).toEqual(carried);
  });

  it('ignores case, spaces, punctuation and bracketed notes', () => {
    const headers = [
      ' RECOMMENDATION ',
      'Stage(s)',
      'deadline',
      'Responsible',
      'LEAD',
      'Status',
      'gcm',
      'SDG',
      'Tags',
      'Date',
      'Due (YYYY-MM-DD)',
      'Something else',
    ];
    expect(matchHeaders(headers)).toEqual({
      text: ' RECOMMENDATION ',
      stages: 'Stage(s)',
      dueDate: 'deadline',
      actors: 'Responsible',
      leadActor: 'LEAD',
      column: 'Status',
      gcmObjectives: 'gcm',
      sdgTargets: 'SDG',
      labels: 'Tags',
      workshopDate: 'Date',
    });
  });

  it('gives each field the first header that fits it', () => {
    expect(matchHeaders(['Text', 'Recommendation', 'Tag', 'Labels'])).toEqual({
      text: 'Text',
      labels: 'Tag',
    });
  });

  it('takes extra names, such as Bangla headers, before the built-in ones', () => {
    const bangla = { text: 'সুপারিশ', dueDate: ['শেষ তারিখ', 'নির্ধারিত তারিখ'], title: 'Name' };
    expect(matchHeaders(['সুপারিশ', 'নির্ধারিত  তারিখ', 'Name'], bangla)).toEqual({
      text: 'সুপারিশ',
      dueDate: 'নির্ধারিত  তারিখ',
      title: 'Name',
    });
  });
});
