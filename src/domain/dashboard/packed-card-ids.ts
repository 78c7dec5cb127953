/*
 * Every number of the dashboard lists the cards it counts (a figure is a door), so a 10,000-
 * card board's figures hold about 270,000 card ids. Posted from the worker as strings they
 * took 230-460 ms to copy, most of it on the page, where each string is made again. They
 * travel instead as indexes into the list of cards both sides already hold: one Uint32Array
 * per list, a copy of bytes, turned back into the page's own strings on arrival.
 */

declare const packed: unique symbol;

/** A value whose `cardIds` lists travel as indexes (see packCardIds). */
export interface PackedCardIds<T> {
  readonly [packed]: T;
}

/**
 * `value` with each `cardIds` list of strings replaced by the ids' indexes in `indexOf`; a
 * list naming a card not in it stays as it is. `value` itself is left untouched.
 */
export function packCardIds<T>(value: T, indexOf: ReadonlyMap<string, number>): PackedCardIds<T> {
  // The brand is a type only: the packed value is plain data that a worker can post.
  return mapCardIdLists(value, (ids) => pack(ids, indexOf)) as unknown as PackedCardIds<T>;
}

/**
 * The value packCardIds was given, with `ids` (the same cards, in the same order). Each list
 * is turned back into ids when first read: the page reads a figure's cards only when a person
 * reaches for it, and making all 270,000 ids again was a tenth of a filter change.
 */
export function unpackCardIds<T>(value: PackedCardIds<T>, ids: readonly string[]): T {
  return mapCardIdLists(value, (list) => list, lazilyUnpacked(ids)) as T;
}

/** Defines `cardIds` on `owner` as the ids of `list`, made on first read and kept. */
function lazilyUnpacked(ids: readonly string[]) {
  return (owner: Record<string, unknown>, list: unknown) => {
    if (!(list instanceof Uint32Array)) {
      owner.cardIds = list;
      return;
    }
    let made: string[] | undefined;
    Object.defineProperty(owner, 'cardIds', {
      enumerable: true,
      get: () => {
        made ??= unpack(list, ids);
        return made;
      },
    });
  };
}

function pack(ids: unknown, indexOf: ReadonlyMap<string, number>): unknown {
  if (!Array.isArray(ids)) return ids;
  const indexes = new Uint32Array(ids.length);
  for (let position = 0; position < ids.length; position += 1) {
    const index = indexOf.get(ids[position]);
    if (index === undefined) return ids;
    indexes[position] = index;
  }
  return indexes;
}

function unpack(list: Uint32Array, ids: readonly string[]): string[] {
  return Array.from(list, (index) => {
    const id = ids[index];
    if (id === undefined) throw new Error(`No card at index ${index} of ${ids.length}`);
    return id;
  });
}

/**
 * A copy of plain data (arrays and objects) with every `cardIds` property mapped, or set on
 * the copy by `define` when given.
 */
function mapCardIdLists(
  value: unknown,
  map: (list: unknown) => unknown,
  define?: (owner: Record<string, unknown>, list: unknown) => void,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapCardIdLists(item, map, define));
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'cardIds') copy[key] = mapCardIdLists(item, map, define);
    else if (define) define(copy, item);
    else copy[key] = map(item);
  }
  return copy;
}
