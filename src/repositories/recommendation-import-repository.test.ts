import { describe, expect, it } from 'vitest';
import type { RecboardDatabase } from '../db/database';
import { latestEntry } from '../testing/journal';
import { createTestBoard } from '../testing/test-database';
import type { ImportedCard } from './recommendation-import-repository';

const card = (text: string, extra: Partial<ImportedCard> = {}): ImportedCard => ({
  text,
  raisedBy: 'Ms. Nahida Sobhan',
  sourceLocator: 'p. 2, para 5',
  stageIds: ['destination'],
  actorIds: ['mofa', 'missions'],
  leadActorId: 'mofa',
  gcmObjectives: [14],
  ...extra,
});

async function tables(db: RecboardDatabase) {
  return {
    recommendations: await db.recommendations.toArray(),
    workshops: await db.workshops.toArray(),
    columns: await db.columns.toArray(),
  };
}

describe('importing a report’s recommendations', () => {
  it('adds a new workshop and the cards at the bottom of triage, in order, in one entry', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const columns = await repositories.columns.list(boardId);
    const triage = columns.find((column) => column.kind === 'triage');
    const before = await db.journal.count();
    const result = await repositories.reportImport.importRecommendations(boardId, {
      workshop: {
        create: { title: 'TWG meeting', date: '2017-06-20', kind: 'twg_meeting', place: 'Dhaka' },
      },
      cards: [card('Empower the embassies to increase access to legal aid.'), card('Second one.')],
    });
    expect(await db.journal.count()).toBe(before + 1);
    const entry = await latestEntry(db);
    expect(entry.action).toEqual({ kind: 'board.imported', params: { count: 2 } });
    const workshop = await repositories.workshops.get(result.workshopId);
    expect([workshop.title, workshop.place, workshop.date]).toEqual([
      'TWG meeting',
      'Dhaka',
      '2017-06-20',
    ]);
    const layout = await repositories.recommendations.listOnBoard(boardId);
    const inTriage = layout
      .filter((rec) => rec.columnId === triage?.id)
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    expect(inTriage.slice(-2).map((rec) => rec.id)).toEqual(result.cardIds);
    const first = await repositories.recommendations.get(result.cardIds[0] ?? '');
    expect(first).toMatchObject({
      text: 'Empower the embassies to increase access to legal aid.',
      raisedBy: 'Ms. Nahida Sobhan',
      sourceLocator: 'p. 2, para 5',
      workshopId: result.workshopId,
      stageIds: ['destination'],
      actorIds: ['mofa', 'missions'],
      leadActorId: 'mofa',
      gcmObjectives: [14],
      response: 'awaiting',
    });
  });

  it('puts the cards in the first column of a board whose triage column was deleted', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const columns = await repositories.columns.list(boardId);
    const [triage, next] = columns;
    if (triage?.kind !== 'triage' || !next) throw new Error('the test board starts with triage');
    await repositories.columns.remove(triage.id, next.id);
    const result = await repositories.reportImport.importRecommendations(boardId, {
      workshop: { create: { title: 'LMTWG meeting', date: '2022-05-10', kind: 'twg_meeting' } },
      cards: [card('Bring banks on board to develop reintegration packages.')],
    });
    const [added] = await db.recommendations.bulkGet(result.cardIds);
    expect(added?.columnId).toBe(next.id);
  });

  it('is undone in one step, leaving the board exactly as it was', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const [existing] = await repositories.workshops.list(boardId);
    const before = await tables(db);
    await repositories.reportImport.importRecommendations(boardId, {
      workshop: { create: { title: 'New one', date: '2020-02-24', kind: 'workshop' } },
      cards: [card('One.'), card('Two.'), card('Three.')],
    });
    const firstImport = await latestEntry(db);
    const afterFirst = await tables(db);
    await repositories.reportImport.importRecommendations(boardId, {
      workshop: { existingId: existing?.id ?? '' },
      cards: [card('Four.')],
    });
    await repositories.journal.undo(await latestEntry(db));
    expect(await tables(db)).toEqual(afterFirst);
    await repositories.journal.undo(firstImport);
    expect(await tables(db)).toEqual(before);
  });

  it('keeps Bangla NFC and validates every card before writing any', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const count = await db.recommendations.count();
    const [existing] = await repositories.workshops.list(boardId);
    const bad = repositories.reportImport.importRecommendations(boardId, {
      workshop: { existingId: existing?.id ?? '' },
      cards: [card('Fine.'), card('Lead not responsible.', { leadActorId: 'bmet' })],
    });
    await expect(bad).rejects.toThrow(/lead actor/i);
    expect(await db.recommendations.count()).toBe(count);
    const decomposed = 'প্রশিক্ষণ দিতে হবে, বলেন ক\u09C7\u09BEষাধ্যক্ষ।';
    const { cardIds } = await repositories.reportImport.importRecommendations(boardId, {
      workshop: { existingId: existing?.id ?? '' },
      cards: [card(decomposed)],
    });
    const stored = await repositories.recommendations.get(cardIds[0] ?? '');
    expect(stored.text).toBe(decomposed.normalize('NFC'));
  });

  it('refuses a workshop that was deleted, writing nothing', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const [existing] = await repositories.workshops.list(boardId);
    if (!existing) throw new Error('the sample board has workshops');
    await repositories.workshops.remove(existing.id, { recommendations: 'detach' });
    const count = await db.recommendations.count();
    await expect(
      repositories.reportImport.importRecommendations(boardId, {
        workshop: { existingId: existing.id },
        cards: [card('One.')],
      }),
    ).rejects.toThrow(/workshops/);
    expect(await db.recommendations.count()).toBe(count);
  });
});
