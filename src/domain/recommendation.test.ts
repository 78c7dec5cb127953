import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID } from './board';
import { ColumnInputSchema } from './column-input';
import { NewRecommendationSchema, RecommendationSchema } from './recommendation';
import { RecommendationPatchSchema } from './recommendation-edit';

const NOW = '2026-11-22T09:00:00.000Z';
const stored = {
  id: '01900000-0000-7000-8000-0000000000a1',
  boardId: DEFAULT_BOARD_ID,
  createdAt: NOW,
  updatedAt: NOW,
  deletedAt: null,
  workshopId: null,
  text: 'Bring banks on board to develop migrant-friendly reintegration packages',
  title: '',
  raisedBy: '',
  sourceLocator: '',
  response: 'awaiting',
  columnId: '01900000-0000-7000-8000-0000000000c1',
  rank: 'a0',
  stageIds: ['reintegration'],
  actorIds: ['banks', 'pkb'],
  leadActorId: 'pkb',
  gcmObjectives: [21],
  sdgTargets: [],
  priority: null,
  dueDate: null,
  labels: [],
  archivedAt: null,
};

// The schemas are built with zod/mini's functions (decision 010): these pin the rules each
// field had under classic zod, so the rewrite changed no behaviour.
describe('recommendation schema', () => {
  it('accepts a stored recommendation as it is', () => {
    expect(RecommendationSchema.parse(stored)).toEqual(stored);
  });

  it('stores text NFC-normalised and trimmed', () => {
    const decomposed = '  Cafe\u0301 owners’ remittances  ';
    const parsed = RecommendationSchema.parse({ ...stored, text: decomposed, labels: [' bank '] });
    expect(parsed.text).toBe('Caf\u00e9 owners’ remittances');
    expect(parsed.labels).toEqual(['bank']);
  });

  it('says which field broke which rule', () => {
    const result = RecommendationSchema.safeParse({
      ...stored,
      text: '   ',
      title: 'x'.repeat(201),
      dueDate: '2024-02-31',
      gcmObjectives: [24],
      labels: ['  '],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.code]);
    expect(issues).toEqual([
      ['text', 'too_small'],
      ['title', 'too_big'],
      ['gcmObjectives.0', 'too_big'],
      ['dueDate', 'invalid_format'],
      ['labels.0', 'too_small'],
    ]);
    // Mini ships no messages; the English ones are configured for corrupt-row reports.
    expect(result.error?.issues[1]?.message).toContain('200');
  });

  it('keeps the lead actor among the responsible actors', () => {
    const result = RecommendationSchema.safeParse({ ...stored, leadActorId: 'mofa' });
    expect(result.error?.issues).toMatchObject([{ code: 'custom', path: ['leadActorId'] }]);
  });

  it('needs only text and a column for a new one, and patches any editable field alone', () => {
    expect(NewRecommendationSchema.safeParse({ columnId: stored.columnId }).success).toBe(false);
    expect(NewRecommendationSchema.parse({ text: 'x', columnId: stored.columnId })).toEqual({
      text: 'x',
      columnId: stored.columnId,
    });
    expect(RecommendationPatchSchema.parse({ priority: 'high' })).toEqual({ priority: 'high' });
    expect(RecommendationPatchSchema.safeParse({ rank: 'a1' }).data).toEqual({});
  });

  it('takes a positive whole work-in-progress limit or none', () => {
    const column = { name: 'Triage', kind: 'triage' };
    expect(ColumnInputSchema.safeParse({ ...column, wipLimit: null }).success).toBe(true);
    expect(ColumnInputSchema.safeParse({ ...column, wipLimit: 5 }).success).toBe(true);
    expect(ColumnInputSchema.safeParse({ ...column, wipLimit: 0 }).success).toBe(false);
    expect(ColumnInputSchema.safeParse({ ...column, wipLimit: 2.5 }).success).toBe(false);
  });
});
