import { takeEarlyBoardRead } from '../db/early-read/early-read-global';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import type { Column } from '../domain/column';
import type { Recommendation } from '../domain/recommendation';
import type { Workshop } from '../domain/workshop';
import { liveColumnsFromRows } from './column-repository';
import { cardsOnBoardFromRows } from './recommendation-repository';
import { liveWorkshopsFromRows } from './workshop-repository';

/** What the board's first screen shows, as the repositories return it. */
export interface BoardRows {
  columns: Column[];
  cards: Recommendation[];
  workshops: Workshop[];
}

/** The IndexedDB version Dexie gives the latest schema (it stores its version × 10). */
export const LATEST_IDB_VERSION = LATEST_SCHEMA_VERSION * 10;

/**
 * The board's rows from the read index.html started before the app loaded, validated exactly
 * as the repositories validate their own reads (a damaged row fails the same way). Null when
 * there is nothing to use: no early read, a database still on an older schema (Dexie must
 * upgrade it first), or no board yet (Dexie creates it).
 */
export async function takeEarlyBoardRows(): Promise<BoardRows | null> {
  const read = await takeEarlyBoardRead();
  if (!read || read.idbVersion !== LATEST_IDB_VERSION) return null;
  return {
    columns: liveColumnsFromRows(read.columns),
    cards: cardsOnBoardFromRows(read.recommendations),
    workshops: liveWorkshopsFromRows(read.workshops),
  };
}
