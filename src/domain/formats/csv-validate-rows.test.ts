import { describe, expect, it } from 'vitest';
import { matchHeaders } from './csv-header-match';
import { parseCsv } from './csv-import';
import { validateRows } from './csv-validate-rows';
import { COLUMNS, ENGLISH_VOCAB, USER_ACTOR, WORKSHOPS } from './fixtures/sample-board';

function importText(csv: string) {
  const table = parseCsv(csv);
  return validateRows(table, matchHeaders(table.headers), ENGLISH_VOCAB);
}

const HEADER =
  'Recommendation,Title,Workshop,Date,Status,Response,Stage(s),Responsible,Lead,GCM,SDG,Priority,Deadline,Tags,Id';

describe('validateRows', () => {
  it('turns names into the board’s ids', () => {
    const csv = `${HEADER}\nSet up a one-stop service centre,One-stop centre,reintegration WORKSHOP,05/03/2024,in progress,accepted in part,Return; Whole cycle,IOM; BMET; নারী সংঘ,bmet,"GCM 21, ২",10.7; sdg 8.8,medium,১৫ জুন ২০২৫,"returnees; ফেরত",01900000-0000-7000-8000-0000000000AB\n`;
    const { rows, problems } = importText(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        id: '01900000-0000-7000-8000-0000000000ab',
        text: 'Set up a one-stop service centre',
        title: 'One-stop centre',
        raisedBy: '',
        sourceLocator: '',
        workshop: { name: 'reintegration WORKSHOP', id: WORKSHOPS[0].id },
        workshopDate: '2024-03-05',
        column: { name: 'in progress', id: COLUMNS[1].id },
        response: 'accepted_in_part',
        stages: [
          { name: 'Return', id: 'return' },
          { name: 'Whole cycle', id: 'cross_cutting' },
        ],
        actors: [
          { name: 'IOM', id: 'iom' },
          { name: 'BMET', id: 'bmet' },
          { name: 'নারী সংঘ', id: USER_ACTOR.id },
        ],
        leadActor: { name: 'bmet', id: 'bmet' },
        gcmObjectives: [21, 2],
        sdgTargets: ['10.7', '8.8'],
        priority: 'medium',
        dueDate: '2025-06-15',
        labels: ['returnees', 'ফেরত'],
      },
    ]);
  });

  it('names the row, column and value of every problem, and keeps the rest of the row', () => {
    const csv = [
      'Recommendation,Due date,Response,Priority,GCM,SDG,Id',
      'Fine row,2024-02-29,Accepted,High,1,10.7,',
      'Bad values,31/02/2024,Rejected,Urgent,24; 6,10.9,not-an-id',
    ].join('\n');
    const { rows, problems } = importText(csv);
    expect(problems).toEqual([
      {
        row: 3,
        column: 'Response',
        value: 'Rejected',
        code: 'unknown_response',
        effect: 'value_ignored',
      },
      {
        row: 3,
        column: 'Priority',
        value: 'Urgent',
        code: 'unknown_priority',
        effect: 'value_ignored',
      },
      { row: 3, column: 'Id', value: 'not-an-id', code: 'not_an_id', effect: 'value_ignored' },
      { row: 3, column: 'GCM', value: '24', code: 'not_a_gcm_objective', effect: 'value_ignored' },
      { row: 3, column: 'SDG', value: '10.9', code: 'not_an_sdg_target', effect: 'value_ignored' },
      {
        row: 3,
        column: 'Due date',
        value: '31/02/2024',
        code: 'not_a_date',
        effect: 'value_ignored',
      },
    ]);
    expect(rows[1]).toMatchObject({
      row: 3,
      text: 'Bad values',
      dueDate: null,
      response: null,
      priority: null,
      gcmObjectives: [6],
      sdgTargets: [],
      id: null,
    });
  });

  it('collects unknown stages, actors, columns and workshops once each', () => {
    const csv = [
      'Recommendation,Stages,Responsible actors,Lead actor,Column,Workshop,Workshop date',
      'One,Departure prep; Return,New NGO; IOM,New NGO,Waiting,Dhaka meeting,2024-01-01',
      'Two,departure-prep,new ngo,Another NGO,waiting,Reintegration workshop,2024-09-09',
    ].join('\n');
    const result = importText(csv);
    expect(result.unknownStages).toEqual(['Departure prep']);
    expect(result.unknownActors).toEqual(['New NGO', 'Another NGO']);
    expect(result.unknownColumns).toEqual(['Waiting']);
    // Same title, other date: another meeting of that name.
    expect(result.unknownWorkshops).toEqual(['Dhaka meeting', 'Reintegration workshop']);
    expect(result.rows[0]?.stages).toEqual([
      { name: 'Departure prep', id: null },
      { name: 'Return', id: 'return' },
    ]);
    expect(result.rows[1]?.actors).toEqual([
      { name: 'new ngo', id: null },
      { name: 'Another NGO', id: null },
    ]);
  });

  it('makes the lead one of the responsible actors', () => {
    const { rows } = importText('Recommendation,Responsible,Lead\nText here,IOM,ILO\n');
    expect(rows[0]?.actors.map((actor) => actor.id)).toEqual(['iom', 'ilo']);
    expect(rows[0]?.leadActor).toEqual({ name: 'ILO', id: 'ilo' });
  });

  it('skips rows without text, and uses the title as text when there is no text', () => {
    const { rows, problems } = importText(
      'Recommendation,Title,Priority\n,,High\n,Only a title,\n',
    );
    expect(problems).toEqual([
      { row: 2, column: 'Recommendation', value: '', code: 'text_missing', effect: 'row_skipped' },
    ]);
    expect(rows.map((row) => [row.row, row.text, row.title])).toEqual([[3, 'Only a title', '']]);
  });

  it('reports text past the schema’s limits instead of cutting it', () => {
    const long = 'অ'.repeat(5001);
    const { rows, problems } = importText(
      `Recommendation,Title,Labels\n${long},ok,\nshort,${'t'.repeat(201)},${'l'.repeat(61)}; fine\n`,
    );
    expect(problems.map((p) => [p.row, p.column, p.code, p.effect, p.limit])).toEqual([
      [2, 'Recommendation', 'too_long', 'row_skipped', 5000],
      [3, 'Title', 'too_long', 'value_ignored', 200],
      [3, 'Labels', 'too_long', 'value_ignored', 60],
    ]);
    expect(rows.map((row) => [row.text, row.title, row.labels])).toEqual([['short', '', ['fine']]]);
  });

  it('stores text NFC-normalised and trimmed', () => {
    const { rows } = importText('Recommendation\n"  Cafe\u0301 \u09AF\u09BC  "\n');
    expect(rows[0]?.text).toBe('Caf\u00e9 \u09DF'.normalize('NFC'));
  });

  it('refuses a file with nothing to take the text from', () => {
    const result = importText('Due date,Priority\n2024-01-01,High\n');
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.effect])).toEqual([
      ['no_text_column', 'file_refused'],
    ]);
  });

  it('flags an id used twice, keeping the first', () => {
    const id = '01900000-0000-7000-8000-0000000000aa';
    const { rows, problems } = importText(`Text,Id\nA,${id}\nB,${id}\n`);
    expect(rows.map((row) => row.id)).toEqual([id, null]);
    expect(problems).toEqual([
      { row: 3, column: 'Id', value: id, code: 'duplicate_id', effect: 'value_ignored' },
    ]);
  });

  it('keeps the parser’s problems, in row order', () => {
    const { rows, problems } = importText('Text,Due\nbad,31/04/2024\n"open\n');
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'not_a_date'],
      [3, 'unclosed_quote'],
    ]);
  });
});
