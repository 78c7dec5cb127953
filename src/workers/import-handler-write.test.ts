import { describe, expect, it } from 'vitest';
import type { MergePreview, ReadFileResult, SnapshotWritten } from '../domain/formats/import-plan';
import type { SnapshotData } from '../domain/snapshot';
import type { WorkerProgress } from '../lib/worker-rpc';
import { createUndoStack } from '../queries/undo-stack';
import { createTestBoard } from '../testing/test-database';
import { createImportHandler } from './import-handler';
import { readRequest, snapshotText, syncedRows, textFile } from './import-test-helpers';

/**
 * A board (the sample one) and a file of it as another copy has it: three cards fewer, and
 * one card retitled later.
 */
async function boardAndFile() {
  const target = await createTestBoard();
  const data: SnapshotData = await target.repositories.snapshotImport.current();
  const [first, ...rest] = data.recommendations.slice(3);
  if (!first) throw new Error('the sample board is too small');
  const retitled = { ...first, title: 'Retitled offline', updatedAt: '2099-01-01T00:00:00.000Z' };
  const cards = [retitled, ...rest];
  const kept = new Set(cards.map((card) => card.id));
  const file: SnapshotData = {
    ...data,
    recommendations: cards,
    actionItems: data.actionItems.filter((item) => kept.has(item.recommendationId)),
    progressNotes: data.progressNotes.filter((note) => kept.has(note.recommendationId)),
  };
  const handle = createImportHandler(async () => target.db);
  const read = (await handle(
    readRequest(textFile(snapshotText(file, 7))),
    () => {},
  )) as ReadFileResult;
  if (!read.ok || read.format !== 'snapshot') throw new Error('not read as a snapshot');
  return { target, file, handle, read };
}

describe('the import worker writes the snapshot it read', () => {
  it('gives the page a summary, not the rows', async () => {
    const { read, file } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    expect(read.summary).toEqual({
      exportedAt: '2026-11-22T09:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: expect.any(Number),
      recommendations: file.recommendations.length,
    });
    expect('snapshot' in read).toBe(false);
  });

  it('replaces the board in one journaled write, with progress, and names its entry', async () => {
    const { target, handle, read, file } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    const journalBefore = await target.db.journal.count();
    const progress: WorkerProgress[] = [];
    const written = (await handle(
      { kind: 'write-snapshot', held: read.held, mode: 'replace' },
      (each) => progress.push(each),
    )) as SnapshotWritten;

    expect(written.outcome).toEqual({ kind: 'replaced', count: file.recommendations.length });
    expect(written.entry?.action).toEqual({
      kind: 'board.imported',
      params: { count: file.recommendations.length },
    });
    const stored = await target.db.journal.get(written.entry?.id ?? '');
    expect(stored?.origin).toBe('user');
    // The file's history is this board's own: the import adds one entry, its own.
    expect(await target.db.journal.count()).toBe(journalBefore + 1);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    const rows = await syncedRows(target.db);
    expect(rows.recommendations).toHaveLength(file.recommendations.length);
    expect(rows.columns).toEqual([...file.columns].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('leaves the board exactly as it was for a bad file of each kind, holding nothing to write', async () => {
    const target = await createTestBoard();
    const handle = createImportHandler(async () => target.db);
    const before = await syncedRows(target.db);
    const data = await target.repositories.snapshotImport.current();
    const [first] = data.recommendations;
    if (!first) throw new Error('the sample board has no card');
    const whole = snapshotText(data, 7);
    const bad: [string, Blob][] = [
      ['truncated JSON', textFile(whole.slice(0, whole.length / 2))],
      ['a wrong format', textFile('{"hello": 1}')],
      ['a CSV with a broken header', textFile('"Title,Text\nA,B', 'text/csv')],
      [
        'a date that does not exist',
        textFile(
          snapshotText({ ...data, recommendations: [{ ...first, dueDate: '2024-02-31' }] }, 7),
        ),
      ],
      ['a duplicate id', textFile(snapshotText({ ...data, recommendations: [first, first] }, 7))],
      ['an empty file', textFile('')],
    ];
    for (const [what, file] of bad) {
      const read = (await handle(readRequest(file), () => {})) as ReadFileResult;
      expect(read.ok, what).toBe(false);
      // A refused file is held under no number (as many as there were reads, and more): no
      // write and no preview of it can be asked.
      for (let held = 0; held <= 2 * bad.length; held += 1) {
        await expect(
          handle({ kind: 'write-snapshot', held, mode: 'replace' }, () => {}),
        ).rejects.toThrow();
        await expect(handle({ kind: 'merge-preview', held }, () => {})).rejects.toThrow();
      }
      expect(await syncedRows(target.db), what).toEqual(before);
    }
  });

  it('writes a file once: a second write of it, or of a file it no longer holds, is refused', async () => {
    const { target, handle, read } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    await handle({ kind: 'write-snapshot', held: read.held, mode: 'replace' }, () => {});
    const after = await syncedRows(target.db);
    const again = handle({ kind: 'write-snapshot', held: read.held, mode: 'merge' }, () => {});
    await expect(again).rejects.toThrow(/choose it again/);
    await expect(handle({ kind: 'merge-preview', held: 99 }, () => {})).rejects.toThrow();
    expect(await syncedRows(target.db)).toEqual(after);
  });

  it('previews a merge against the board it reads itself, then merges', async () => {
    const { target, handle, read, file } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    const preview = (await handle(
      { kind: 'merge-preview', held: read.held },
      () => {},
    )) as MergePreview;
    // One card is newer in the file; the others, and the three it lacks, stay as they are.
    expect(preview.cards).toMatchObject({ added: 0, updated: 1 });
    expect(preview.cards.unchanged).toBe(file.recommendations.length - 1 + 3);
    const written = (await handle(
      { kind: 'write-snapshot', held: read.held, mode: 'merge' },
      () => {},
    )) as SnapshotWritten;
    // The board's older version of that card is set aside, as the preview listed it.
    expect(preview.conflicts.map((conflict) => conflict.setAside)).toEqual(['local']);
    expect(written.outcome).toEqual({ kind: 'merged', added: 0, updated: 1, conflicts: 1 });
    const card = await target.db.recommendations.get(file.recommendations[0]?.id ?? '');
    expect(card?.title).toBe('Retitled offline');
    // A merge removes nothing: the three cards the file lacks are still here.
    expect(await target.db.recommendations.count()).toBe(file.recommendations.length + 3);
  });

  it("is one undo step of the page's stack, which reads the entry only when undoing", async () => {
    const { target, handle, read } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    const before = await syncedRows(target.db);
    const stack = createUndoStack(target.repositories);
    target.repositories.journal.onCommitted(stack.record);
    const written = (await handle(
      { kind: 'write-snapshot', held: read.held, mode: 'replace' },
      () => {},
    )) as SnapshotWritten;
    if (!written.entry) throw new Error('nothing written');
    stack.recordWritten(written.entry);
    expect(stack.latest()).toMatchObject({ entryId: written.entry.id, entry: null });
    const after = await syncedRows(target.db);

    expect(await stack.undo()).toMatchObject({ kind: 'done', direction: 'undo' });
    expect(await syncedRows(target.db)).toEqual(before);
    expect(await stack.redo()).toMatchObject({ kind: 'done', direction: 'redo' });
    expect(await syncedRows(target.db)).toEqual(after);
  });

  it('lets the file go when the import closes or another file is read', async () => {
    const { handle, read, file } = await boardAndFile();
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    await handle({ kind: 'release' }, () => {});
    const write = { kind: 'write-snapshot', held: read.held, mode: 'replace' } as const;
    await expect(handle(write, () => {})).rejects.toThrow(/choose it again/);

    const text = snapshotText(file, 7);
    const first = (await handle(readRequest(textFile(text)), () => {})) as ReadFileResult;
    const second = (await handle(readRequest(textFile(text)), () => {})) as ReadFileResult;
    if (!first.ok || first.format !== 'snapshot') throw new Error('not read');
    if (!second.ok || second.format !== 'snapshot') throw new Error('not read');
    await expect(handle({ ...write, held: first.held }, () => {})).rejects.toThrow();
    await expect(handle({ ...write, held: second.held }, () => {})).resolves.toMatchObject({
      outcome: { kind: 'replaced' },
    });
  });

  it('gives the file back when its write fails, so it can be tried again', async () => {
    const { target, file } = await boardAndFile();
    let opens = 0;
    const handle = createImportHandler(async () => {
      opens += 1;
      if (opens === 1) throw new Error('IndexedDB could not be opened');
      return target.db;
    });
    const read = (await handle(
      readRequest(textFile(snapshotText(file, 7))),
      () => {},
    )) as ReadFileResult;
    if (!read.ok || read.format !== 'snapshot') throw new Error('not read');
    const write = { kind: 'write-snapshot', held: read.held, mode: 'replace' } as const;
    await expect(handle(write, () => {})).rejects.toThrow(/could not be opened/);
    const written = (await handle(write, () => {})) as SnapshotWritten;
    expect(written.outcome).toEqual({ kind: 'replaced', count: file.recommendations.length });
  });
});
