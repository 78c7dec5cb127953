import { describe, expect, it } from 'vitest';
import { actorDirectory } from '../../domain/actor';
import { createI18n } from '../../i18n/create-i18n';
import { loadLocaleBundle } from '../../i18n/load-messages';
import { type HistoryNames, lineWords } from './history-wording';

function names(i18n = createI18n('en')): HistoryNames {
  return {
    t: i18n.t,
    formatDate: i18n.formatDate,
    actorAbbr: i18n.actorAbbr,
    columnName: (id) => (id === 'c1' ? 'To triage' : 'In progress'),
    workshopTitle: (id) => (id === 'w1' ? 'Reintegration workshop' : undefined),
    actors: actorDirectory([]),
  };
}

describe('a history line in words', () => {
  it('says a field’s old and new value in words, not ids', () => {
    const en = names();
    expect(lineWords({ kind: 'field', field: 'columnId', before: 'c1', after: 'c2' }, en)).toBe(
      'Implementation status: To triage → In progress',
    );
    expect(
      lineWords({ kind: 'field', field: 'actorIds', before: [], after: ['moewoe', 'mofa'] }, en),
    ).toBe('Responsible actors: None → MoEWOE, MoFA');
    expect(
      lineWords({ kind: 'field', field: 'workshopId', before: 'gone', after: 'w1' }, en),
    ).toMatch(/→ Reintegration workshop$/);
  });

  it('says an action item’s new owner and due date, old → new', () => {
    const en = names();
    expect(
      lineWords({ kind: 'itemOwner', text: 'Draft the plan', before: 'moewoe', after: null }, en),
    ).toBe('Owner of the action item “Draft the plan”: MoEWOE → None');
    expect(
      lineWords({ kind: 'itemDue', text: 'Draft the plan', before: null, after: '2027-03-31' }, en),
    ).toBe('Due date of the action item “Draft the plan”: None → 31 Mar 2027');
  });

  it('speaks Bangla, with Bangla names and dates', async () => {
    const { messages, vocabulary } = await loadLocaleBundle('bn');
    const line = lineWords(
      { kind: 'itemDue', text: 'পরিকল্পনা', before: '2027-03-31', after: null },
      names(createI18n('bn', messages, vocabulary)),
    );
    expect(line).toContain('করণীয়ের শেষ তারিখ');
    expect(line).not.toMatch(/[0-9]/);
  });
});
