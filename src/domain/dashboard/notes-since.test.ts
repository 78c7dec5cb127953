import { describe, expect, it } from 'vitest';
import { CARDS } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';
import { legacyEntry, noteEntry, undoEntry } from './fixtures/journal-builders';
import { notesSince } from './notes-since';

const since = '2026-03-01T00:00:00.000Z';
const noteId = (n: number) => `01900000-0000-7000-8000-0000000000${n}`;
const everyCard = new Set(Object.values(CARDS).map((card) => card.id));

describe('notesSince on the fixture', () => {
  it('lists notes written since and still there; an undone note is not', () => {
    expect(notesSince(JOURNAL, since, everyCard)).toEqual([
      { noteId: noteId(92), cardId: CARDS.backAndForth.id, at: '2026-03-03T09:00:00.000Z' },
    ]);
  });

  it('reads notes from activity events kept from before the journal', () => {
    expect(notesSince(JOURNAL, '2025-10-01T00:00:00.000Z', new Set([CARDS.legacy.id]))).toEqual([
      { noteId: noteId(90), cardId: CARDS.legacy.id, at: '2025-10-21T09:00:00.000Z' },
    ]);
  });
});

describe('notesSince', () => {
  it('counts a note redone after its undo, as written when it was first written', () => {
    const written = noteEntry('2026-03-04T10:00:00.000Z', noteId(80), CARDS.fresh.id);
    const undone = undoEntry('2026-03-04T10:01:00.000Z', written);
    const redone = { ...undoEntry('2026-03-04T10:02:00.000Z', undone), origin: 'redo' as const };
    expect(notesSince([written, undone, redone], since, everyCard)).toEqual([
      { noteId: noteId(80), cardId: CARDS.fresh.id, at: '2026-03-04T10:00:00.000Z' },
    ]);
  });

  it('leaves out the notes of cards that do not count', () => {
    const journal = [
      noteEntry('2026-03-04T10:00:00.000Z', noteId(81), CARDS.fresh.id),
      legacyEntry('2026-03-05T10:00:00.000Z', CARDS.legacy.id, {
        type: 'note_added',
        noteId: noteId(82),
      }),
    ];
    expect(
      notesSince(journal, since, new Set([CARDS.legacy.id])).map((note) => note.noteId),
    ).toEqual([noteId(82)]);
  });
});
