import type { ActorRef } from '../actor';
import type { Column } from '../column';
import type { Priority, Response } from '../response';
import type { StageId } from '../taxonomy';
import type { Workshop } from '../workshop';
import { looseKey, memoisedLooseKey } from './loose-key';
import { type NamedTerm, termLookup } from './term-lookup';

/** What the board already knows, so names in an imported file can become ids. */
export interface ImportVocab {
  /** Each stage with every label it may be written with (`termsFromLabels`). */
  stages: readonly NamedTerm<StageId>[];
  responses: readonly NamedTerm<Response>[];
  priorities: readonly NamedTerm<Priority>[];
  /** `shownAs`: the name the interface shows (a built-in column's, translated). */
  columns: readonly (Pick<Column, 'id' | 'name'> & { shownAs?: string })[];
  /**
   * Built-in and user actors: found by abbreviation, name or id, or as the interface shows
   * them (`shownAs`: a built-in actor's abbreviation and name, translated).
   */
  actors: readonly (Pick<ActorRef, 'id' | 'abbr' | 'name'> & { shownAs?: readonly string[] })[];
  workshops: readonly Pick<Workshop, 'id' | 'title' | 'date'>[];
}

/** A name from the file and the id it stands for on this board; null when the board lacks it. */
export interface NameRef<T extends string = string> {
  name: string;
  id: T | null;
}

/** Names the board does not know yet, first spelling kept, so the UI can offer to create them. */
export interface UnknownNames {
  unknownStages: string[];
  unknownActors: string[];
  unknownColumns: string[];
  unknownWorkshops: string[];
}

/** Unknown names collected once each, however many rows use them and however spelled. */
class NameCollector {
  private readonly byKey = new Map<string, string>();
  add(name: string): void {
    const key = looseKey(name);
    if (!this.byKey.has(key)) this.byKey.set(key, name);
  }
  names(): string[] {
    return [...this.byKey.values()];
  }
}

/** Turns names from the file into references to the board's stages, actors, columns, workshops. */
export function referenceResolver(vocab: ImportVocab) {
  const findStage = termLookup(vocab.stages);
  const findActor = termLookup(
    vocab.actors.map((actor) => ({
      id: actor.id,
      names: [actor.abbr, actor.name, actor.id, ...(actor.shownAs ?? [])],
    })),
  );
  const findColumn = termLookup(
    vocab.columns.map((column) => ({
      id: column.id,
      names: [column.name, column.id, ...(column.shownAs === undefined ? [] : [column.shownAs])],
    })),
  );
  const keyOf = memoisedLooseKey();
  const workshopsByKey = new Map<string, ImportVocab['workshops'][number][]>();
  for (const workshop of vocab.workshops) {
    for (const key of [looseKey(workshop.title), looseKey(workshop.id)]) {
      workshopsByKey.set(key, [...(workshopsByKey.get(key) ?? []), workshop]);
    }
  }
  const unknown = {
    stages: new NameCollector(),
    actors: new NameCollector(),
    columns: new NameCollector(),
    workshops: new NameCollector(),
  };

  function reference<T extends string>(
    name: string,
    id: T | undefined,
    collector: NameCollector,
  ): NameRef<T> {
    if (id === undefined) collector.add(name);
    return { name, id: id ?? null };
  }

  function actor(name: string): NameRef {
    return reference(name, findActor(name), unknown.actors);
  }

  return {
    stages(names: readonly string[]): NameRef<StageId>[] {
      return names.map((name) => reference(name, findStage(name), unknown.stages));
    },
    actors(names: readonly string[]): NameRef[] {
      return names.map(actor);
    },
    /** The lead, added to `actors` when the file did not list it as responsible too. */
    lead(name: string, actors: NameRef[]): NameRef | null {
      if (name === '') return null;
      const lead = actor(name);
      const key = keyOf(name);
      const listed = actors.some((other) =>
        lead.id === null ? keyOf(other.name) === key : other.id === lead.id,
      );
      if (!listed) actors.push(lead);
      return lead;
    },
    column(name: string): NameRef | null {
      return name === '' ? null : reference(name, findColumn(name), unknown.columns);
    },
    /** By title, and by date too when the row gives one (two meetings may share a title). */
    workshop(name: string, date: string | null): NameRef | null {
      if (name === '') return null;
      const candidates = workshopsByKey.get(keyOf(name)) ?? [];
      const match = date === null ? candidates[0] : candidates.find((w) => w.date === date);
      return reference(name, match?.id, unknown.workshops);
    },
    unknown(): UnknownNames {
      return {
        unknownStages: unknown.stages.names(),
        unknownActors: unknown.actors.names(),
        unknownColumns: unknown.columns.names(),
        unknownWorkshops: unknown.workshops.names(),
      };
    },
  };
}
