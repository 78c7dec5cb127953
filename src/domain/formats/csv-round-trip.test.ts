import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../recommendation';
import { exportCsv } from './csv-export';
import { matchHeaders } from './csv-header-match';
import { parseCsv } from './csv-import';
import { type ImportRow, validateRows } from './csv-validate-rows';
import { recommendation } from './fixtures/arbitrary-recommendation';
import {
  ACTORS,
  BANGLA_LABELS,
  BANGLA_VOCAB,
  COLUMNS,
  ENGLISH_LABELS,
  ENGLISH_VOCAB,
  WORKSHOPS,
} from './fixtures/sample-board';

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
