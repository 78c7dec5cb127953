import { describe, expect, it } from 'vitest';
import { actorDirectory } from '../../domain/actor';
import { DEFAULT_BOARD_ID } from '../../domain/board';
import { DEFAULT_COLUMNS } from '../../domain/default-columns';
import { RecommendationSchema } from '../../domain/recommendation';
import { WorkshopSchema } from '../../domain/workshop';
import { buildSampleBoard, type SampleBoardRows } from './build-sample-board';
import { SAMPLE_RECOMMENDATIONS } from './sample-recommendations';
import { SAMPLE_WORKSHOP_IDS } from './sample-workshop-ids';
import { SAMPLE_WORKSHOPS } from './sample-workshops';

const SCHEMAS = {
  workshops: WorkshopSchema,
  recommendations: RecommendationSchema,
};

/** Every row the domain schemas refuse, by table and id, with the paths of its bad fields. */
function invalidRows(board: SampleBoardRows) {
  const failures: { table: string; id: unknown; paths: string[] }[] = [];
  for (const [table, schema] of Object.entries(SCHEMAS)) {
    for (const row of board[table as keyof SampleBoardRows]) {
      const result = schema.safeParse(row);
      if (!result.success) {
        const paths = result.error.issues.map((issue) => issue.path.join('.'));
        failures.push({ table, id: row.id, paths });
      }
    }
  }
  return failures;
}

describe('sample board', () => {
  const rows = buildSampleBoard(DEFAULT_BOARD_ID, '2026-11-22T09:00:00.000Z');

  it('validates every workshop and recommendation against the domain schemas', () => {
    expect(rows.workshops).toHaveLength(SAMPLE_WORKSHOPS.length);
    expect(rows.recommendations).toHaveLength(SAMPLE_RECOMMENDATIONS.length);
    expect(invalidRows(rows)).toEqual([]);
  });

  it('the validation above reports a broken row by table, id and field', () => {
    const [first, ...rest] = rows.recommendations;
    if (!first) throw new Error('the sample board has no recommendations');
    const broken = { ...first, response: 'maybe' } as unknown as typeof first;
    const board = { ...rows, recommendations: [broken, ...rest] };
    expect(invalidRows(board)).toEqual([
      { table: 'recommendations', id: first.id, paths: ['response'] },
    ]);
  });

  it('covers the four seed documents, each meeting with its recommendations', () => {
    const sources = new Set(SAMPLE_WORKSHOPS.map((w) => w.sourceRef.slice(0, 3)));
    expect(sources).toEqual(new Set(['000', '001', '002', '003']));
    for (const workshop of rows.workshops) {
      expect(rows.recommendations.some((r) => r.workshopId === workshop.id)).toBe(true);
    }
    // The migration-cycle workshop alone lists more than twenty.
    const cycle = rows.workshops.find((w) => w.date === '2020-02-24');
    expect(rows.recommendations.filter((r) => r.workshopId === cycle?.id).length).toBeGreaterThan(
      20,
    );
  });

  it('lists exactly the sample workshops in the id set used to tell them apart', () => {
    expect(SAMPLE_WORKSHOP_IDS).toEqual(new Set(SAMPLE_WORKSHOPS.map((w) => w.id)));
  });

  it('uses unique ids and only known actors, stages and columns', () => {
    const ids = [...rows.workshops, ...rows.recommendations].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const actors = actorDirectory([]);
    for (const rec of rows.recommendations) {
      for (const actorId of rec.actorIds) expect(actors.has(actorId), actorId).toBe(true);
      expect(rec.stageIds.length, rec.title).toBeGreaterThan(0);
    }
    for (const workshop of rows.workshops) {
      for (const actorId of workshop.organiserIds) expect(actors.has(actorId), actorId).toBe(true);
    }
    const columnIds = new Set(DEFAULT_COLUMNS.map((c) => c.id));
    expect(rows.recommendations.every((r) => columnIds.has(r.columnId))).toBe(true);
  });

  it('puts most recommendations in triage, and some in each other column', () => {
    const perColumn = new Map<string, number>();
    for (const rec of rows.recommendations) {
      perColumn.set(rec.columnId, (perColumn.get(rec.columnId) ?? 0) + 1);
    }
    const triage = perColumn.get(DEFAULT_COLUMNS[0]?.id ?? '') ?? 0;
    expect(triage).toBeGreaterThan(rows.recommendations.length / 2);
    for (const column of DEFAULT_COLUMNS)
      expect(perColumn.get(column.id), column.name).toBeGreaterThan(0);
  });
});
