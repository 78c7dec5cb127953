import { newId } from '../../lib/ids';
import type { Actor } from '../actor';
import type { Column } from '../column';
import type { Recommendation } from '../recommendation';
import type { Response } from '../response';
import type { ActorGroup, StageId } from '../taxonomy';
import type { Workshop } from '../workshop';
import type { ImportRow } from './csv-validate-rows';
import { fitText } from './fit-text';
import type { NameRef, UnknownNames } from './import-references';
import { looseKey } from './loose-key';

/** What the person chose in the preview, and what the rows need from the board. */
export interface CsvImportChoices {
  boardId: string;
  now: string;
  /** The column of rows that name none (the board's first). */
  defaultColumnId: string;
  /** Unknown actors to create, by name as listed in `unknownActors`; others are left off. */
  createActors: ReadonlyMap<string, ActorGroup>;
  /** Unknown stage names mapped to a stage, by name as listed; others are left off. */
  stageFor: ReadonlyMap<string, StageId>;
  defaultResponse?: Response;
  makeId?: () => string;
}

/** New rows for one transaction. Ranks are placeholders: the repository appends them. */
export interface CsvImportRecords {
  columns: Column[];
  workshops: Workshop[];
  actors: Actor[];
  recommendations: Recommendation[];
}

/**
 * The checked rows of a CSV as new cards, with the columns and workshops the file names that
 * the board lacks (created), and the unknown actors the person chose to create.
 */
export function csvImportRecords(
  rows: readonly ImportRow[],
  unknown: UnknownNames,
  choices: CsvImportChoices,
): CsvImportRecords {
  const makeId = choices.makeId ?? newId;
  const meta = () => ({
    id: makeId(),
    boardId: choices.boardId,
    createdAt: choices.now,
    updatedAt: choices.now,
    deletedAt: null,
  });
  const byKey = <T extends { id: string }>(made: [string, T][]) =>
    new Map(made.map(([name, row]) => [looseKey(name), row.id]));

  const columns: Column[] = unknown.unknownColumns.map((name) => ({
    ...meta(),
    ...{ name: fitText(name, 80).text, rank: 'a0', kind: 'open', wipLimit: null },
  }));
  const workshops: Workshop[] = unknown.unknownWorkshops.map((name) => ({
    ...meta(),
    ...{ title: fitText(name, 300).text, date: workshopDate(rows, name, choices.now) },
    ...{ place: '', organiserIds: [], kind: 'workshop', sourceRef: '', notes: '' },
  }));
  const madeActors = unknown.unknownActors.flatMap((name): [string, Actor][] => {
    const group = choices.createActors.get(name);
    if (!group) return [];
    return [
      [name, { ...meta(), name: fitText(name, 200).text, abbr: fitText(name, 40).text, group }],
    ];
  });
  const actors = madeActors.map(([, actor]) => actor);
  const columnIds = byKey(unknown.unknownColumns.map((name, i) => [name, columns[i] as Column]));
  const workshopIds = byKey(
    unknown.unknownWorkshops.map((name, i) => [name, workshops[i] as Workshop]),
  );
  const actorIds = byKey(madeActors);
  const stageIds = new Map([...choices.stageFor].map(([name, id]) => [looseKey(name), id]));
  const resolve = <T extends string>(ref: NameRef<T>, made: ReadonlyMap<string, T>) =>
    ref.id ?? made.get(looseKey(ref.name)) ?? null;

  const recommendations = rows.map((row): Recommendation => {
    const actorsOfCard = unique(row.actors.map((ref) => resolve(ref, actorIds)));
    const lead = row.leadActor ? resolve(row.leadActor, actorIds) : null;
    return {
      ...meta(),
      id: row.id ?? makeId(),
      workshopId: row.workshop ? resolve(row.workshop, workshopIds) : null,
      ...{ text: row.text, title: row.title, raisedBy: row.raisedBy },
      sourceLocator: row.sourceLocator,
      response: row.response ?? choices.defaultResponse ?? 'awaiting',
      columnId: (row.column && resolve(row.column, columnIds)) ?? choices.defaultColumnId,
      rank: 'a0',
      stageIds: unique(row.stages.map((ref) => resolve(ref, stageIds))),
      actorIds: actorsOfCard,
      leadActorId: lead !== null && actorsOfCard.includes(lead) ? lead : null,
      ...{ gcmObjectives: row.gcmObjectives, sdgTargets: row.sdgTargets },
      ...{ priority: row.priority, dueDate: row.dueDate, labels: row.labels, archivedAt: null },
    };
  });
  return { columns, workshops, actors, recommendations };
}

function unique<T extends string>(values: readonly (T | null)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== null))];
}

/** A new workshop's date: the first the file gives for it, else the day of the import. */
function workshopDate(rows: readonly ImportRow[], name: string, now: string): string {
  const key = looseKey(name);
  const dated = rows.find((row) => row.workshop && looseKey(row.workshop.name) === key);
  return dated?.workshopDate ?? now.slice(0, 10);
}
