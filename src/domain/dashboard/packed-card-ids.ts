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

/** The value packCardIds was given, with `ids` (the same cards, in the same order). */
export function unpackCardIds<T>(value: PackedCardIds<T>, ids: readonly string[]): T {
  return mapCardIdLists(value, (list) => unpack(list, ids)) as T;
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

function unpack(list: unknown, ids: readonly string[]): unknown {
  if (!(list instanceof Uint32Array)) return list;
  return Array.from(list, (index) => {
    const id = ids[index];
    if (id === undefined) throw new Error(`No card at index ${index} of ${ids.length}`);
    return id;
  });
}

/** A copy of plain data (arrays and objects) with every `cardIds` property mapped. */
function mapCardIdLists(value: unknown, map: (list: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapCardIdLists(item, map));
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'cardIds' ? map(item) : mapCardIdLists(item, map);
  }
  return copy;
}
