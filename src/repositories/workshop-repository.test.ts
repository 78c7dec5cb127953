import { beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../domain/workshop';
import { z } from '../lib/zod';
import { historyKinds, latestEntry, undoLatest } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';
import { UndoConflictError } from './journal-repository';
import { RecordNotFoundError } from './record-not-found-error';
import { InvalidMoveTargetError } from './workshop-removal';

describe('workshop repository', () => {
  let board: TestBoard;
  let source: Workshop;
  let target: Workshop;

  beforeEach(async () => {
    board = await createTestBoard();
    const workshops = await board.repositories.workshops.list(board.boardId);
    const counts = await Promise.all(
      workshops.map((w) => board.repositories.workshops.countRecommendations(w.id)),
    );
    // The two sample workshops with the most recommendations, so moves are visible.
    const ranked = workshops
      .map((w, i) => ({ w, n: counts[i] ?? 0 }))
      .sort((a, b) => b.n - a.n)
      .map(({ w }) => w);
    [source, target] = ranked as [Workshop, Workshop];
  });

  async function cardsOf(workshopId: string | null) {
    const rows = await board.db.recommendations.toArray();
    return rows.filter((rec) => rec.workshopId === workshopId);
  }

  it('creates a workshop with normalised text and empty defaults', async () => {
    const created = await board.repositories.workshops.create(board.boardId, {
      title: '  Consultation on reintegration  ',
      date: '2024-12-18',
      kind: 'consultation',
      organiserIds: ['iom', 'bmet'],
    });
    expect(created).toMatchObject({
      title: 'Consultation on reintegration',
      place: '',
      notes: '',
      sourceRef: '',
      organiserIds: ['iom', 'bmet'],
      deletedAt: null,
    });
    const listed = await board.repositories.workshops.list(board.boardId);
    expect(listed.map((w) => w.id)).toContain(created.id);
  });

  it('refuses an invalid workshop and writes nothing', async () => {
    const before = await board.db.workshops.count();
    await expect(
      board.repositories.workshops.create(board.boardId, {
        title: '   ',
        date: '2024-02-31',
        kind: 'workshop',
      }),
    ).rejects.toThrow(z.core.$ZodError);
    await expect(
      board.repositories.workshops.update(source.id, { title: 'x'.repeat(301) }),
    ).rejects.toThrow(z.core.$ZodError);
    expect(await board.db.workshops.count()).toBe(before);
    expect((await board.repositories.workshops.get(source.id)).title).toBe(source.title);
  });

  it('updates only the given fields', async () => {
    await board.db.workshops.update(source.id, { notes: 'Edited in another tab' });
    const updated = await board.repositories.workshops.update(source.id, {
      place: 'Dhaka',
      title: undefined,
    });
    const stored = await board.repositories.workshops.get(source.id);
    expect(stored).toEqual(updated);
    expect(stored).toMatchObject({ place: 'Dhaka', title: source.title });
    expect(stored.notes).toBe('Edited in another tab');
    expect(stored.updatedAt >= source.updatedAt).toBe(true);
  });

  it('moves the recommendations to another workshop, and one undo puts them back', async () => {
    const moved = await cardsOf(source.id);
    const alreadyThere = await cardsOf(target.id);
    expect(moved.length).toBeGreaterThan(0);
    expect(await board.repositories.workshops.countRecommendations(source.id)).toBe(moved.length);

    const count = await board.repositories.workshops.remove(source.id, {
      recommendations: 'move',
      toWorkshopId: target.id,
    });
    expect(count).toBe(moved.length);
    expect((await cardsOf(target.id)).length).toBe(alreadyThere.length + moved.length);
    expect(await cardsOf(source.id)).toEqual([]);
    expect((await board.db.workshops.get(source.id))?.deletedAt).not.toBeNull();
    const listed = await board.repositories.workshops.list(board.boardId);
    expect(listed.map((w) => w.id)).not.toContain(source.id);
    const firstId = moved[0]?.id ?? '';
    expect((await historyKinds(board.repositories, firstId)).at(-1)).toBe('workshop.deleted');

    await undoLatest(board.db, board.repositories);
    expect((await cardsOf(source.id)).map((r) => r.id).sort()).toEqual(
      moved.map((r) => r.id).sort(),
    );
    expect((await cardsOf(target.id)).length).toBe(alreadyThere.length);
    expect((await board.repositories.workshops.get(source.id)).deletedAt).toBeNull();
  });

  it('keeps the recommendations with no workshop', async () => {
    const detached = await cardsOf(source.id);
    await board.repositories.workshops.remove(source.id, { recommendations: 'detach' });
    const orphanIds = (await cardsOf(null)).map((r) => r.id);
    expect(orphanIds).toEqual(expect.arrayContaining(detached.map((r) => r.id)));
    const onBoard = await board.repositories.recommendations.listOnBoard(board.boardId);
    expect(onBoard.map((r) => r.id)).toEqual(expect.arrayContaining(detached.map((r) => r.id)));

    await undoLatest(board.db, board.repositories);
    expect((await cardsOf(source.id)).length).toBe(detached.length);
  });

  it('tombstones the recommendations with the workshop, and undo brings them back', async () => {
    const deleted = await cardsOf(source.id);
    const visibleBefore = await board.repositories.recommendations.listOnBoard(board.boardId);
    await board.repositories.workshops.remove(source.id, { recommendations: 'delete' });
    const rows = await board.db.recommendations.bulkGet(deleted.map((r) => r.id));
    const stamp = (await board.db.workshops.get(source.id))?.deletedAt;
    expect(rows.every((rec) => rec?.deletedAt === stamp)).toBe(true);
    expect(rows.every((rec) => rec?.workshopId === source.id)).toBe(true);
    const visible = await board.repositories.recommendations.listOnBoard(board.boardId);
    expect(visible.length).toBe(visibleBefore.length - deleted.length);
    expect(await board.repositories.workshops.countRecommendations(source.id)).toBe(0);

    await undoLatest(board.db, board.repositories);
    const restored = await board.repositories.recommendations.listOnBoard(board.boardId);
    expect(restored).toEqual(visibleBefore);
  });

  it('refuses the undo, writing nothing, when a card was changed after the deletion', async () => {
    const [first] = await cardsOf(source.id);
    await board.repositories.workshops.remove(source.id, {
      recommendations: 'move',
      toWorkshopId: target.id,
    });
    const deletion = await latestEntry(board.db);
    const third = await board.repositories.workshops.create(board.boardId, {
      title: 'Later meeting',
      date: '2025-01-10',
      kind: 'workshop',
    });
    await board.db.recommendations.update(first?.id ?? '', { workshopId: third.id });
    const before = await board.db.recommendations.toArray();
    await expect(board.repositories.journal.undo(deletion)).rejects.toThrow(UndoConflictError);
    expect(await board.db.recommendations.toArray()).toEqual(before);
    expect((await board.db.workshops.get(source.id))?.deletedAt).not.toBeNull();
  });

  it('deletes everything or nothing when a write fails half-way', async () => {
    const before = await board.db.recommendations.toArray();
    const failJournal = () => {
      throw new Error('disk full');
    };
    board.db.journal.hook('creating', failJournal);
    await expect(
      board.repositories.workshops.remove(source.id, {
        recommendations: 'move',
        toWorkshopId: target.id,
      }),
    ).rejects.toThrow('disk full');
    board.db.journal.hook('creating').unsubscribe(failJournal);

    expect((await board.db.workshops.get(source.id))?.deletedAt).toBeNull();
    expect(await board.db.recommendations.toArray()).toEqual(before);
  });

  it('refuses a move onto itself, to a deleted workshop, or without a target', async () => {
    const { workshops } = board.repositories;
    await expect(
      workshops.remove(source.id, { recommendations: 'move', toWorkshopId: source.id }),
    ).rejects.toThrow(InvalidMoveTargetError);
    await workshops.remove(target.id, { recommendations: 'detach' });
    await expect(
      workshops.remove(source.id, { recommendations: 'move', toWorkshopId: target.id }),
    ).rejects.toThrow(RecordNotFoundError);
    const missingTarget = { recommendations: 'move' } as unknown as Parameters<
      typeof workshops.remove
    >[1];
    await expect(workshops.remove(source.id, missingTarget)).rejects.toThrow(z.core.$ZodError);
    expect((await workshops.get(source.id)).deletedAt).toBeNull();
    expect(await workshops.countRecommendations(source.id)).toBeGreaterThan(0);
  });

  it('cannot delete or edit a workshop twice', async () => {
    await board.repositories.workshops.remove(source.id, { recommendations: 'detach' });
    await expect(
      board.repositories.workshops.remove(source.id, { recommendations: 'detach' }),
    ).rejects.toThrow(RecordNotFoundError);
    await expect(board.repositories.workshops.update(source.id, { place: 'x' })).rejects.toThrow(
      RecordNotFoundError,
    );
  });
});
