import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID } from '../board';
import { SDG_TARGETS } from '../global-frameworks';
import { type Recommendation, RecommendationSchema } from '../recommendation';
import { PRIORITIES, RESPONSES } from '../response';
import { STAGE_IDS } from '../taxonomy';
import { type CsvExportLabels, exportCsv } from './csv-export';
import { matchHeaders } from './csv-header-match';
import { parseCsv } from './csv-import';
import { type ImportRow, validateRows } from './csv-validate-rows';
import {
  ACTORS,
  COLUMNS,
  ENGLISH_LABELS,
  ENGLISH_VOCAB,
  NOW,
  WORKSHOPS,
} from './fixtures/sample-board';
import type { ImportVocab } from './import-references';
import { termsFromLabels } from './term-lookup';

// Characters that stress quoting, formula neutralising, normalisation and Bangla shaping.
const TRICKY = ['a', 'Z', '7', ' ', '"', ',', ';', '\n', '\r\n', '\r', '\t', '=', '+', '-', '@'];
const MORE = ["'", 'ক', 'ি', '্', '\u09AF\u09BC', 'e\u0301', '😀', '\uFEFF', '\u00A0', '|'];
const unit = fc.constantFrom(...TRICKY, ...MORE);
const text = (max: number) => fc.string({ unit, maxLength: max });
const labelText = fc
  .string({
    unit: fc.constantFrom('a', 'ক', ' ', ',', '=', "'", '-', '"', '@'),
    minLength: 1,
    maxLength: 20,
  })
  .map((label) => label.normalize('NFC').trim())
  .filter((label) => label.length > 0);
const calendarDate = fc
  .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const actorIds = [...ACTORS.keys()];

const recommendation = fc
  .record({
    id: fc.uuid({ version: 7 }),
    workshopId: fc.option(fc.constantFrom(...WORKSHOPS.map((w) => w.id))),
    text: text(60).filter((value) => value.normalize('NFC').trim().length > 0),
    title: text(30),
    response: fc.constantFrom(...RESPONSES),
    columnId: fc.constantFrom(...COLUMNS.map((c) => c.id)),
    stageIds: fc.uniqueArray(fc.constantFrom(...STAGE_IDS)),
    actorIds: fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 5 }),
    leadIndex: fc.nat(),
    gcmObjectives: fc.uniqueArray(fc.integer({ min: 1, max: 23 })),
    sdgTargets: fc.uniqueArray(fc.constantFrom(...SDG_TARGETS.map((t) => t.id))),
    priority: fc.option(fc.constantFrom(...PRIORITIES)),
    dueDate: fc.option(calendarDate),
    labels: fc.uniqueArray(labelText, { maxLength: 4 }),
  })
  .map(({ leadIndex, ...fields }): Recommendation => {
    const lead = leadIndex % (fields.actorIds.length + 1);
    return RecommendationSchema.parse({
      ...fields,
      boardId: DEFAULT_BOARD_ID,
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      raisedBy: '',
      sourceLocator: '',
      rank: 'a0',
      leadActorId: fields.actorIds[lead] ?? null,
      archivedAt: null,
    });
  });

/** The fields the CSV carries, as an import reads them back. */
function carried(row: ImportRow) {
  return {
    id: row.id,
    workshopId: row.workshop?.id ?? null,
    text: row.text,
    title: row.title,
    response: row.response,
    columnId: row.column?.id,
    stageIds: row.stages.map((stage) => stage.id),
    actorIds: row.actors.map((actor) => actor.id),
    leadActorId: row.leadActor?.id ?? null,
    gcmObjectives: row.gcmObjectives,
    sdgTargets: row.sdgTargets,
    priority: row.priority,
    dueDate: row.dueDate,
    labels: row.labels,
  };
}

function asCarried(rec: Recommendation) {
  const { id, workshopId, text, title, response, columnId, stageIds, actorIds } = rec;
  const { leadActorId, gcmObjectives, sdgTargets, priority, dueDate, labels } = rec;
  return {
    ...{ id, workshopId, text, title, response, columnId, stageIds, actorIds },
    ...{ leadActorId, gcmObjectives, sdgTargets, priority, dueDate, labels },
  };
}

/* Headers and labels as a Bangla interface might word them: the caller's words travel both ways. */
const BANGLA_LABELS: CsvExportLabels = {
  headers: {
    workshop: 'কর্মশালা',
    workshopDate: 'কর্মশালার তারিখ',
    text: 'সুপারিশ',
    title: 'শিরোনাম',
    column: 'অবস্থা',
    response: 'সাড়া',
    stages: 'অভিবাসন চক্রের ধাপ',
    actors: 'দায়িত্বপ্রাপ্ত',
    leadActor: 'প্রধান দায়িত্ব',
    gcmObjectives: 'জিসিএম উদ্দেশ্য',
    sdgTargets: 'এসডিজি লক্ষ্য',
    priority: 'অগ্রাধিকার',
    dueDate: 'শেষ তারিখ',
    labels: 'লেবেল',
    actionItemsDone: 'সম্পন্ন পদক্ষেপ',
    actionItemsTotal: 'মোট পদক্ষেপ',
    latestProgressNote: 'সর্বশেষ অগ্রগতি',
    id: 'আইডি',
  },
  stages: {
    pre_decision: 'সিদ্ধান্তের আগে',
    pre_departure: 'যাত্রার আগে',
    transit: 'ট্রানজিট',
    destination: 'গন্তব্য',
    return: 'প্রত্যাবর্তন',
    reintegration: 'পুনরেকত্রীকরণ',
    cross_cutting: 'পুরো চক্র',
  },
  responses: {
    awaiting: 'সাড়ার অপেক্ষায়',
    accepted: 'গৃহীত',
    accepted_in_part: 'আংশিক গৃহীত',
    noted: 'বিবেচনায়',
    not_applicable: 'প্রযোজ্য নয়',
  },
  priorities: { high: 'উচ্চ', medium: 'মাঝারি', low: 'নিম্ন' },
};
const BANGLA_VOCAB: ImportVocab = {
  ...ENGLISH_VOCAB,
  stages: termsFromLabels(STAGE_IDS, BANGLA_LABELS.stages),
  responses: termsFromLabels(RESPONSES, BANGLA_LABELS.responses),
  priorities: termsFromLabels(PRIORITIES, BANGLA_LABELS.priorities),
};

describe.each([
  ['English', ENGLISH_LABELS, ENGLISH_VOCAB],
  ['Bangla', BANGLA_LABELS, BANGLA_VOCAB],
])('CSV export then import, in %s', (_, labels, vocab) => {
  it('gives back every field the CSV carries', () => {
    fc.assert(
      fc.property(fc.array(recommendation, { minLength: 1, maxLength: 6 }), (recs) => {
        const csv = exportCsv(
          {
            recommendations: recs,
            columns: COLUMNS,
            workshops: WORKSHOPS,
            actors: ACTORS,
            actionItems: [],
            progressNotes: [],
          },
          labels,
        );
        const table = parseCsv(csv);
        const result = validateRows(table, matchHeaders(table.headers, labels.headers), vocab);
        expect(result.problems).toEqual([]);
        expect(result.unknownActors).toEqual([]);
        expect(result.rows.map(carried)).toEqual(recs.map(asCarried));
      }),
      { numRuns: 200 },
    );
  });
});
