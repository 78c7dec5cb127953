import { describe, expect, it } from 'vitest';
import { RecommendationSchema } from '../../domain/recommendation';
import { migrateFixture } from '../../testing/migration-harness';
import { v1Recommendation } from '../../testing/v1-fixture';
import { addSourceLocator } from './v2-source-locator';

const BOARD = '01900000-0000-7000-8000-000000000001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const at = '2026-03-01T10:00:00.000Z';

describe('v1 → v2: recommendations record where in the source they were made', () => {
  it('adds an empty source locator and keeps every other field and table as it was', async () => {
    const before = [
      v1Recommendation(
        '01900000-0000-7000-8000-0000000b0001',
        'A comprehensive action plan for reintegration',
      ),
      v1Recommendation('01900000-0000-7000-8000-0000000b0002', 'রেমিট্যান্স প্রেরণে খরচ কমানো'),
    ];
    const event = {
      id: '01900000-0000-7000-8000-0000000e0001',
      boardId: BOARD,
      recommendationId: before[0]?.id,
      createdAt: at,
      type: 'created',
      columnId: TRIAGE,
    };
    const db = await migrateFixture({
      fromVersion: 1,
      toVersion: 2,
      fixture: { recommendations: before, activity: [event] },
    });

    const after = await db.recommendations.orderBy('id').toArray();
    expect(after).toEqual(before.map((row) => ({ ...row, sourceLocator: '' })));
    for (const row of after) expect(RecommendationSchema.safeParse(row).success).toBe(true);
    expect(await db.activity.toArray()).toEqual([event]);
    db.close();
  });

  it('leaves a locator that is already there untouched', async () => {
    const row = {
      ...v1Recommendation('01900000-0000-7000-8000-0000000b0003', 'x'),
      sourceLocator: 'p. 3',
    };
    const db = await migrateFixture({
      fromVersion: 1,
      toVersion: 2,
      fixture: { recommendations: [row] },
    });
    expect((await db.recommendations.get(row.id))?.sourceLocator).toBe('p. 3');
    db.close();
  });

  it('migrates plain rows as a backup file holds them, without changing the rows given', () => {
    const before = [
      Object.freeze(v1Recommendation('01900000-0000-7000-8000-0000000b0004', 'x')),
      Object.freeze({
        ...v1Recommendation('01900000-0000-7000-8000-0000000b0005', 'y'),
        sourceLocator: 'p. 3',
      }),
    ];
    expect(addSourceLocator.migrate({ recommendations: before })).toEqual({
      recommendations: [{ ...before[0], sourceLocator: '' }, before[1]],
    });
  });
});
