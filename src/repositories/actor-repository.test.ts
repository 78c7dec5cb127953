import { beforeEach, describe, expect, it } from 'vitest';
import { actorDirectory } from '../domain/actor';
import { defaultColumnId } from '../domain/default-columns';
import { z } from '../lib/zod';
import { undoLatest } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';
import { DuplicateAbbreviationError } from './actor-repository';
import { RecordNotFoundError } from './record-not-found-error';

describe('actor repository', () => {
  let board: TestBoard;
  beforeEach(async () => {
    board = await createTestBoard();
  });

  const addNetwork = () =>
    board.repositories.actors.create(board.boardId, {
      name: ' Dhaka Migrant Support Network ',
      abbr: 'DMSN',
      group: 'civil_society',
    });

  it('adds an actor beside the built-in ones', async () => {
    const actor = await addNetwork();
    expect(actor).toMatchObject({ name: 'Dhaka Migrant Support Network', deletedAt: null });
    expect(await board.repositories.actors.list(board.boardId)).toEqual([actor]);
    const directory = actorDirectory(await board.repositories.actors.list(board.boardId));
    expect(directory.get(actor.id)?.abbr).toBe('DMSN');
    expect(directory.get('iom')?.abbr).toBe('IOM');
  });

  it('refuses an invalid actor or a taken abbreviation, and writes nothing', async () => {
    await expect(
      board.repositories.actors.create(board.boardId, { name: '', abbr: 'X', group: 'un' }),
    ).rejects.toThrow(z.core.$ZodError);
    await expect(
      board.repositories.actors.create(board.boardId, {
        name: 'Another IOM',
        abbr: ' iom ',
        group: 'un',
      }),
    ).rejects.toThrow(DuplicateAbbreviationError);
    expect(await board.db.actors.count()).toBe(0);
  });

  it('edits a user actor as a patch; built-in actors cannot be edited', async () => {
    const actor = await addNetwork();
    const edited = await board.repositories.actors.update(actor.id, { group: 'diaspora' });
    expect(edited).toMatchObject({ abbr: 'DMSN', group: 'diaspora' });
    expect(await board.repositories.actors.get(actor.id)).toEqual(edited);
    await expect(board.repositories.actors.update(actor.id, { abbr: 'BMET' })).rejects.toThrow(
      DuplicateAbbreviationError,
    );
    await expect(board.repositories.actors.update('iom', { name: 'Renamed' })).rejects.toThrow(
      RecordNotFoundError,
    );
  });

  it('tombstones a removed actor so the cards naming it still show it', async () => {
    const actor = await addNetwork();
    await board.repositories.recommendations.create(board.boardId, {
      text: 'Map support services for returnees',
      columnId: defaultColumnId('triage'),
      actorIds: [actor.id],
    });
    const [workshop] = await board.repositories.workshops.list(board.boardId);
    await board.repositories.workshops.update(workshop?.id ?? '', {
      organiserIds: [...(workshop?.organiserIds ?? []), actor.id],
    });
    expect(await board.repositories.actors.countReferences(actor.id)).toEqual({
      recommendations: 1,
      workshops: 1,
    });

    await board.repositories.actors.remove(actor.id);
    expect(await board.repositories.actors.list(board.boardId)).toEqual([]);
    const all = await board.repositories.actors.list(board.boardId, { includeRemoved: true });
    expect(all).toMatchObject([{ id: actor.id }]);
    expect(all[0]?.deletedAt).not.toBeNull();
    expect(actorDirectory(all).get(actor.id)?.abbr).toBe('DMSN');
    await expect(board.repositories.actors.remove(actor.id)).rejects.toThrow(RecordNotFoundError);

    await undoLatest(board.db, board.repositories);
    expect(await board.repositories.actors.list(board.boardId)).toMatchObject([
      { id: actor.id, deletedAt: null },
    ]);
  });

  it('frees the abbreviation of a removed actor', async () => {
    const first = await addNetwork();
    await board.repositories.actors.remove(first.id);
    const second = await addNetwork();
    expect(second.id).not.toBe(first.id);
  });
});
