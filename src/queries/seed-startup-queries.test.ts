import { describe, expect, it } from 'vitest';
import { createTestBoard } from '../testing/test-database';
import { userActorsQuery } from './actor-queries';
import { boardInfoQuery } from './board-info-queries';
import { boardLayoutQuery } from './board-queries';
import { createQueryClient } from './query-client';
import { readStartup } from './read-startup';
import { hasSampleDataQuery } from './sample-data-queries';
import { seedStartupQueries } from './seed-startup-queries';
import { deviceSettingsQuery } from './settings-queries';

const neverFails = () => {
  throw new Error('no write in this test');
};

describe('seedStartupQueries', () => {
  it('fills each query the first render uses with exactly what the query reads itself', async () => {
    const { repositories, boardId, db } = await createTestBoard();
    await repositories.actors.create(boardId, {
      name: 'Wage Earners’ Welfare Board district desk',
      abbr: 'WEWB-D',
      group: 'civil_society',
    });
    await repositories.deviceSettings.set('backupReminderDays', 30);
    const seeded = createQueryClient(neverFails);
    seedStartupQueries(seeded, boardId, await readStartup(repositories, boardId));

    const fresh = createQueryClient(neverFails);
    const info = boardInfoQuery(repositories, boardId);
    expect(seeded.getQueryData(info.queryKey)).toEqual(await fresh.fetchQuery(info));
    const actors = userActorsQuery(repositories, boardId);
    expect(seeded.getQueryData(actors.queryKey)).toEqual(await fresh.fetchQuery(actors));
    expect(seeded.getQueryData(actors.queryKey)?.map((actor) => actor.abbr)).toContain('WEWB-D');
    const sample = hasSampleDataQuery(repositories, boardId);
    expect(seeded.getQueryData(sample.queryKey)).toBe(await fresh.fetchQuery(sample));
    const settings = deviceSettingsQuery(repositories);
    expect(seeded.getQueryData(settings.queryKey)).toEqual(await fresh.fetchQuery(settings));
    expect(seeded.getQueryData(settings.queryKey)?.backupReminderDays).toBe(30);
    // The board is its first screen: the same columns, each with its first cards.
    const board = boardLayoutQuery(repositories, boardId);
    const whole = await fresh.fetchQuery(board);
    const firstScreen = seeded.getQueryData(board.queryKey);
    expect(firstScreen?.cardCountByColumn).toEqual(whole.cardCountByColumn);
    for (const [columnId, ids] of Object.entries(firstScreen?.cardIdsByColumn ?? {})) {
      expect(ids).toEqual(whole.cardIdsByColumn[columnId]?.slice(0, ids.length));
    }
    db.close();
  });

  it('seeds from a read still under way as each query’s first fetch', async () => {
    const { repositories, boardId, db } = await createTestBoard();
    const seeded = createQueryClient(neverFails);
    seedStartupQueries(seeded, boardId, readStartup(repositories, boardId));
    const settings = deviceSettingsQuery(repositories);
    expect(seeded.getQueryState(settings.queryKey)?.fetchStatus).toBe('fetching');
    await expect(seeded.fetchQuery(settings)).resolves.toEqual(
      await repositories.deviceSettings.getAll(),
    );
    db.close();
  });
});
