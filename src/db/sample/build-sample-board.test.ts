import { describe, expect, it } from 'vitest';
import { actorDirectory } from '../../domain/actor';
import { DEFAULT_BOARD_ID } from '../../domain/board';
import { DEFAULT_COLUMNS } from '../../domain/default-columns';
import { buildSampleBoard } from './build-sample-board';
import { SAMPLE_RECOMMENDATIONS } from './sample-recommendations';
import { SAMPLE_WORKSHOP_IDS } from './sample-workshop-ids';
import { SAMPLE_WORKSHOPS } from './sample-workshops';

describe('sample board', () => {
  const rows = buildSampleBoard(DEFAULT_BOARD_ID, '2026-11-22T09:00:00.000Z');

  it('validates every workshop and recommendation against the domain schemas', () => {
    expect(rows.workshops).toHaveLength(SAMPLE_WORKSHOPS.length);
    expect(rows.recommendations).toHaveLength(SAMPLE_RECOMMENDATIONS.length);
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
    const ids = [...rows.workshops, ...rows.recommendations, ...rows.activity].map((r) => r.id);
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
