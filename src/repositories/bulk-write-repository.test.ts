import { describe, expect, it } from 'vitest';
import { createTestBoard, createTestDatabase } from '../testing/test-database';
import { createRepositories } from './repositories';

describe('bulk write', () => {
  it('writes a whole board in one go', async () => {
    const source = await createTestBoard();
    const snapshot = await source.repositories.backup.exportSnapshot();
    const target = createTestDatabase();
    await createRepositories(target).bulkWrite.writeAll(snapshot.data);
    expect(await target.recommendations.count()).toBe(snapshot.data.recommendations.length);
    const entries = await target.journal.toArray();
    // The history came with it, and the import itself is one more entry: one undo step.
    expect(entries).toHaveLength(snapshot.data.journal.length + 1);
    expect(entries.filter((entry) => entry.action.kind === 'board.imported')).toHaveLength(1);
  });

  it('validates before writing: one bad row, nothing written, and the row named', async () => {
    const source = await createTestBoard();
    const { data } = await source.repositories.backup.exportSnapshot();
    const broken = structuredClone(data);
    const row = broken.recommendations[13];
    if (row) row.dueDate = '31/02/2024';
    const target = createTestDatabase();
    await expect(createRepositories(target).bulkWrite.writeAll(broken)).rejects.toThrow(
      /recommendations.*13.*dueDate/s,
    );
    expect(await target.recommendations.count()).toBe(0);
  });

  it('keeps the journal insert-only: an entry already there is never written over', async () => {
    const source = await createTestBoard();
    const { data } = await source.repositories.backup.exportSnapshot();
    const target = createTestDatabase();
    const [first] = data.journal;
    if (!first) throw new Error('the test board has no journal');
    await target.journal.add(first);
    const altered = structuredClone(data);
    const entry = altered.journal[0];
    if (entry) entry.action = { kind: 'board.imported', params: { count: 999 } };
    await createRepositories(target).bulkWrite.writeAll(altered);
    expect(await target.journal.get(first.id)).toEqual(first);
    expect(await target.journal.count()).toBe(data.journal.length + 1);
  });
});
