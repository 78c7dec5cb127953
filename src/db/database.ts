import Dexie, { type EntityTable } from 'dexie';
import type { ActionItem } from '../domain/action-item';
import type { ActivityEvent } from '../domain/activity-event';
import type { Actor } from '../domain/actor';
import type { Board } from '../domain/board';
import type { Column } from '../domain/column';
import type { JournalEntry } from '../domain/journal';
import type { ProgressNote } from '../domain/progress-note';
import type { Recommendation } from '../domain/recommendation';
import type { SavedView } from '../domain/saved-view';
import type { Workshop } from '../domain/workshop';
import type { DigestCopy } from './journal-digest-copies';
import { journalDigestMiddleware } from './journal-digest-middleware';
import { journalMiddleware } from './journal-middleware';
import { dexieUpgrade } from './migrations/dexie-upgrade';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/** Changing this name wipes users' data: the browser would open a new, empty database. */
export const DATABASE_NAME = 'recboard';

export interface DeviceMetaRow {
  key: string;
  value: unknown;
}

/**
 * The one Dexie database. Table names are part of the stored format: renaming one
 * wipes users' data in it.
 */
export class RecboardDatabase extends Dexie {
  boards!: EntityTable<Board, 'id'>;
  columns!: EntityTable<Column, 'id'>;
  workshops!: EntityTable<Workshop, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  progressNotes!: EntityTable<ProgressNote, 'id'>;
  /** Emptied in v4: its events moved into the journal as legacy entries. */
  activity!: EntityTable<ActivityEvent, 'id'>;
  /** Every committed change, before and after (decision 011). */
  journal!: EntityTable<JournalEntry, 'id'>;
  /** The journal cut to card places and notes, for the dashboard (v6, derived from journal). */
  journalDigest!: EntityTable<JournalEntry, 'id'>;
  /** One copy of each board's digest in one row, kept by the dashboard's worker (v7). */
  journalDigestCopies!: EntityTable<DigestCopy, 'boardId'>;
  actors!: EntityTable<Actor, 'id'>;
  savedViews!: EntityTable<SavedView, 'id'>;
  deviceMeta!: EntityTable<DeviceMetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      const { migrator, derive } = entry;
      if (migrator || derive) {
        version.upgrade(async (tx) => {
          if (migrator) await dexieUpgrade(migrator)(tx);
          if (derive) await derive(tx);
        });
      }
    }
    this.use(journalMiddleware);
    this.use(journalDigestMiddleware);
  }
}
