const GONE: unique symbol = Symbol('gone');
type Layer<K, V> = ReadonlyMap<K, V | typeof GONE>;

/**
 * A read-only map that is another map with a few keys changed, made without copying it. The
 * board keeps its cards in one map; each write used to copy all of it (3-5 ms at 10,000 cards,
 * 20-40 ms at 50,000, twice per move: the optimistic patch, then the committed one), so a
 * write cost what the board holds, not what it changed. Changes pile up over one shared base
 * until they are an eighth of it; the next change then copies them in once.
 *
 * Iterates the base's keys in their order (changed values in place, even a key deleted and set
 * again, which a Map would move to the end), then the keys added, in the order added. Nothing
 * reads the cards' order from the map: the board orders them by rank.
 */
class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly layer: Layer<K, V>,
    readonly size: number,
  ) {}

  get(key: K): V | undefined {
    const changed = this.layer.get(key);
    if (changed === GONE) return undefined;
    return changed !== undefined ? changed : this.base.get(key);
  }

  has(key: K): boolean {
    const changed = this.layer.get(key);
    return changed === GONE ? false : changed !== undefined || this.base.has(key);
  }

  // Iteration walks the base once with forEach into an array: a generator yielding each entry
  // was ten times slower (11 ms against 1 ms for the values of 10,000 cards).
  entries(): MapIterator<[K, V]> {
    const entries: [K, V][] = [];
    this.walk((value, key) => entries.push([key, value]));
    return entries[Symbol.iterator]();
  }

  keys(): MapIterator<K> {
    const keys: K[] = [];
    this.walk((_, key) => keys.push(key));
    return keys[Symbol.iterator]();
  }

  values(): MapIterator<V> {
    const values: V[] = [];
    this.walk((value) => values.push(value));
    return values[Symbol.iterator]();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    this.walk((value, key) => callback(value, key, this));
  }

  private walk(visit: (value: V, key: K) => void): void {
    const { base, layer } = this;
    base.forEach((value, key) => {
      const changed = layer.get(key);
      if (changed !== GONE) visit(changed !== undefined ? changed : value, key);
    });
    layer.forEach((value, key) => {
      if (value !== GONE && !base.has(key)) visit(value, key);
    });
  }

  /** The map under the changes, and the changes: what the next layer starts from. */
  parts(): { base: ReadonlyMap<K, V>; layer: Layer<K, V> } {
    return { base: this.base, layer: this.layer };
  }
}

/** Changes kept in a layer before they are copied into a new base. */
const MIN_LAYER = 64;

/**
 * `map` with `changes` made (undefined: the key removed), as a new read-only map; `map` itself
 * is left as it was. Costs what changed, and now and then (amortised) a copy of the whole.
 */
export function withChanges<K, V>(
  map: ReadonlyMap<K, V>,
  changes: ReadonlyMap<K, V | undefined>,
): ReadonlyMap<K, V> {
  const { base, layer } =
    map instanceof LayeredMap
      ? (map as LayeredMap<K, V>).parts()
      : { base: map, layer: new Map<K, V | typeof GONE>() };
  const next = new Map<K, V | typeof GONE>(layer);
  let size = map.size;
  for (const [key, value] of changes) {
    const had = map.has(key);
    if (value === undefined) {
      if (!had) continue;
      size -= 1;
      // A key only the layer added goes; one of the base is hidden.
      if (base.has(key)) next.set(key, GONE);
      else next.delete(key);
    } else {
      if (!had) size += 1;
      next.set(key, value);
    }
  }
  if (next.size > Math.max(MIN_LAYER, base.size / 8)) {
    return new Map(new LayeredMap(base, next, size));
  }
  return new LayeredMap(base, next, size);
}
