import { afterEach, describe, expect, it } from 'vitest';
import type { RecboardDatabase } from '../db/database';
import type { Column } from '../domain/column';
import { createTestDatabase } from '../testing/test-database';
import { createJournalWriter } from './journal-writer';

const BOARD = '01900000-0000-7000-8000-000000000001';
const at = '2026-01-01T00:00:00.000Z';
const column = (id: string, name: string): Column => ({
  id,
  boardId: BOARD,
  name,
  kind: 'open',
  rank: 'a0',
  wipLimit: null,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
});
const C1 = '01900000-0000-7000-8000-00000000c101';
const C2 = '01900000-0000-7000-8000-00000000c102';

let db: RecboardDatabase;
afterEach(() => db?.close());

describe('the journaled writer', () => {
  it('records every row one action touched, before and after, as one entry', async () => {
    db = createTestDatabase();
    await db.columns.add(column(C1, 'Old'));
    const writer = createJournalWriter(db);
    const seen: string[] = [];
    writer.onCommitted((entry) => seen.push(entry.id));
    await writer.run(async () => {
      await db.columns.update(C1, { name: 'New' });
      await db.columns.add(column(C2, 'Added'));
      return { result: null, action: { kind: 'column.edited', params: { name: 'New' } } };
    });
    const entries = await db.journal.toArray();
    const last = entries[entries.length - 1];
    expect(last?.action.kind).toBe('column.edited');
    expect(last?.origin).toBe('user');
    expect(last?.changes).toEqual([
      { table: 'columns', key: C1, before: column(C1, 'Old'), after: column(C1, 'New') },
      { table: 'columns', key: C2, before: undefined, after: column(C2, 'Added') },
    ]);
    expect(seen).toEqual([last?.id]);
    expect(writer.wroteHere(last?.id ?? '')).toBe(true);
  });

  it('journals a write made outside it too, as an unnamed write', async () => {
    db = createTestDatabase();
    await db.columns.add(column(C1, 'Plain'));
    await db.columns.delete(C1);
    const entries = await db.journal.orderBy('id').toArray();
    expect(entries.map((entry) => [entry.action.kind, entry.changes[0]?.after?.name])).toEqual([
      ['write', 'Plain'],
      ['write', undefined],
    ]);
    expect(entries[1]?.changes[0]?.before).toEqual(column(C1, 'Plain'));
  });

  it('writes nothing when the action changed nothing, and nothing at all when it fails', async () => {
    db = createTestDatabase();
    await db.columns.add(column(C1, 'Same'));
    const writer = createJournalWriter(db);
    const before = await db.journal.count();
    await writer.run(async () => {
      await db.columns.put(column(C1, 'Same'));
      return { result: null, action: { kind: 'column.edited', params: {} } };
    });
    await expect(
      writer.run(async () => {
        await db.columns.update(C1, { name: 'Lost' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.journal.count()).toBe(before);
    expect((await db.columns.get(C1))?.name).toBe('Same');
  });
});
