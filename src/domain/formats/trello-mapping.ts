import type { NotCarriedTally } from './trello-not-carried';

export interface TrelloImportOptions {
  boardId: string;
  /** When the import runs: the time of records Trello gives no time for. */
  now: string;
  /** The zone Trello's due and comment instants are read in (the person's own); UTC if unset. */
  timeZone?: string;
  makeId?: () => string;
}

/** What every part of the mapping shares: the options, defaults filled in, and the tally. */
export interface TrelloMappingContext extends Required<TrelloImportOptions> {
  tally: NotCarriedTally;
}

/** Trello ids are Mongo ObjectIds: their first 4 bytes are the creation time in seconds. */
export function objectIdTime(id: string): string | null {
  if (!/^[0-9a-f]{24}$/i.test(id)) return null;
  return new Date(Number.parseInt(id.slice(0, 8), 16) * 1000).toISOString();
}

/** Trello items in the order the board shows them: by `pos`, then by id for equal positions. */
export function byPos<T extends { id: string; pos?: number | undefined }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) => (a.pos ?? 0) - (b.pos ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
