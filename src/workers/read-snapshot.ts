import { LATEST_SCHEMA_VERSION, migrateRows } from '../db/schema-versions';
import { type FileProblem, refused } from '../domain/formats/snapshot-problem';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_ROW_SCHEMAS,
  SNAPSHOT_TABLES,
  type Snapshot,
  type SnapshotData,
} from '../domain/snapshot';
import type { WorkerProgress } from '../lib/worker-rpc';
import { z } from '../lib/zod';
import { checkReferences } from './snapshot-references';
import { rowProblem } from './zod-issue-problem';

/** The envelope alone: its rows are checked one by one after migration, so a bad one is named. */
const EnvelopeSchema = z.looseObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.looseObject({ name: z.string(), version: z.string() }),
  data: z.record(z.string(), z.unknown()),
});

export type SnapshotReadResult =
  | { ok: true; fileVersion: number; snapshot: Snapshot }
  | { ok: false; problems: FileProblem[] };

/** Whether parsed JSON says it is a Recboard snapshot (a valid one or not). */
export function isSnapshotJson(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && Reflect.get(json, 'format') === SNAPSHOT_FORMAT
  );
}

/**
 * A snapshot file's JSON, checked in the order that gives the clearest answer: a newer schema
 * is refused first (naming both versions), an older one migrated by the database's own row
 * migrators, then every row validated; the first problems are listed with their place.
 */
export function readSnapshot(
  json: unknown,
  progress: (progress: WorkerProgress) => void = () => {},
  latestVersion = LATEST_SCHEMA_VERSION,
): SnapshotReadResult {
  const version = Reflect.get(json as object, 'schemaVersion');
  if (typeof version === 'number' && version > latestVersion) {
    return refused({ code: 'newer_version', fileVersion: version, appVersion: latestVersion });
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const path = envelope.error.issues[0]?.path.map(String).join('.') ?? '';
    return refused({ code: 'not_a_snapshot', path });
  }
  const { data: rawData, ...head } = envelope.data;
  for (const table of SNAPSHOT_TABLES) {
    const rows = rawData[table];
    if (rows !== undefined && !Array.isArray(rows)) {
      return refused({ code: 'not_a_snapshot', path: `data.${table}` });
    }
  }
  const migrated = migrateRows(head.schemaVersion, rawData as Record<string, unknown[]>);
  const { activity: _emptied, ...tables } = migrated;
  const checked = validateTables(tables, progress);
  if (!checked.ok) return checked;
  const snapshot = { ...head, schemaVersion: latestVersion, data: checked.data } as Snapshot;
  return { ok: true, fileVersion: head.schemaVersion, snapshot };
}

/** Every row of every table, by its table's schema; then ids and references across rows. */
function validateTables(
  tables: Record<string, unknown[] | undefined>,
  progress: (progress: WorkerProgress) => void,
): { ok: true; data: SnapshotData } | { ok: false; problems: FileProblem[] } {
  const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + (tables[table]?.length ?? 0), 0);
  const problems: FileProblem[] = [];
  // Tables this version does not know are kept as they are (a newer minor version's).
  const data: Record<string, unknown> = { ...tables };
  let done = 0;
  for (const table of SNAPSHOT_TABLES) {
    const schema = SNAPSHOT_ROW_SCHEMAS[table] as z.ZodMiniType;
    const rows = tables[table] ?? [];
    const parsed: unknown[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        if (issue) problems.push(rowProblem(table, index, row, issue));
      } else {
        const id = String(Reflect.get(result.data as object, 'id'));
        if (seen.has(id)) problems.push({ code: 'duplicate_id', table, record: index + 1, id });
        seen.add(id);
        parsed.push(result.data);
      }
      done += 1;
      if (done % 2000 === 0) progress({ done, total });
    });
    data[table] = parsed;
  }
  progress({ done: total, total });
  const snapshotData = data as SnapshotData;
  problems.push(...checkReferences(snapshotData));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: snapshotData };
}
