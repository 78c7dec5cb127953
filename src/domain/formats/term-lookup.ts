import { looseKey, memoisedLooseKey } from './loose-key';

/** A vocabulary entry and every name it may be written with (its id, English, Bangla…). */
export interface NamedTerm<T extends string = string> {
  id: T;
  names: readonly string[];
}

/** Terms named by their id and by each set of labels given (one set per language). */
export function termsFromLabels<T extends string>(
  ids: readonly T[],
  ...labelSets: readonly Readonly<Record<T, string>>[]
): NamedTerm<T>[] {
  return ids.map((id) => ({ id, names: [id, ...labelSets.map((labels) => labels[id])] }));
}

/**
 * Finds a term by any of its names, loosely (case, spaces and punctuation ignored). When two
 * terms share a name, the first one listed keeps it.
 */
export function termLookup<T extends string>(
  terms: readonly NamedTerm<T>[],
): (name: string) => T | undefined {
  const byKey = new Map<string, T>();
  for (const term of terms) {
    for (const name of term.names) {
      const key = looseKey(name);
      if (key.length > 0 && !byKey.has(key)) byKey.set(key, term.id);
    }
  }
  const keyOf = memoisedLooseKey();
  return (name) => byKey.get(keyOf(name));
}
