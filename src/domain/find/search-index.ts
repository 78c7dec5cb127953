import { keyWords, searchKey, searchWords } from './search-key';

/** What the index holds of one card: its id and the texts to search. */
export interface SearchDocument {
  id: string;
  fields: readonly string[];
}

export interface SearchIndex {
  /** Adds a document, or replaces the one with the same id. */
  upsert(doc: SearchDocument): void;
  remove(id: string): void;
  /**
   * The ids whose fields hold every word of the query, each as the start of a word: "bank
   * reint" finds "banks … reintegration", and a Bangla stem finds its inflected forms
   * (কর্মী finds কর্মীদের). A blank query finds nothing; the filter ignores a blank query
   * (see isBlankQuery).
   */
  search(query: string): Set<string>;
  readonly size: number;
}

/**
 * A scan over one precomputed key per document, narrowed keystroke by keystroke. Chosen by
 * measuring in Node 20 on this 2-core machine (shared and loaded, so CPU time, not wall time)
 * generated cards of ~300 characters plus a title, raisedBy, 2-4 action items and 0-2 progress
 * notes (text from shared/seeds, a fifth in Bangla), typing three phrases one key at a time:
 *
 *   cards  index            build (CPU)  per keystroke, CPU ms, median / worst
 *                                        1 word      2 words     3 words
 *   10k    this scan          0.8 s      8 / 20      2 / 9       0.1 / 7
 *   10k    MiniSearch 7.2     3.0 s      8 / 55      7 / 49      6 / 86
 *   10k    FlexSearch 0.8     7.2 s      0.2 / 1     1 / 3       1 / 6
 *   50k    this scan          3.7 s      58 / 115    15 / 54     0.1 / 57
 *   50k    inverted index     7.8 s      27 / 157    21 / 97     7 / 89
 *   50k    MiniSearch 7.2    14.4 s      57 / 710    51 / 253    61 / 294
 *   50k    FlexSearch 0.8    39.2 s      5 / 22      23 / 43     14 / 54
 *
 * FlexSearch answers fastest but indexes every prefix of every word (ten times the build,
 * three times the memory). The scan meets "well under 50 ms at 10k, 150 ms at 50k" with no
 * dependency and updates one card in microseconds. (Measured when earlier words had to be
 * whole; every word is now a word start, which scans the same keys with shorter needles.)
 */
export function createSearchIndex(docs: Iterable<SearchDocument> = []): SearchIndex {
  const keys = new Map<string, string>();
  let previous: PreviousSearch | null = null;
  const index: SearchIndex = {
    upsert(doc) {
      keys.set(doc.id, documentKey(doc.fields));
      previous = null;
    },
    remove(id) {
      keys.delete(id);
      previous = null;
    },
    search(query) {
      const words = [...new Set(searchWords(query))];
      if (words.length === 0) return new Set();
      const candidates = previous && narrows(previous.words, words) ? previous.hits : keys.keys();
      const hits = scan(keys, candidates, words);
      previous = { words, hits };
      return new Set(hits);
    },
    get size() {
      return keys.size;
    },
  };
  for (const doc of docs) index.upsert(doc);
  return index;
}

interface PreviousSearch {
  words: readonly string[];
  hits: ReadonlySet<string>;
}

/**
 * One key per document: each of its words once (a fifth fewer characters to scan than all of
 * them), each between spaces, so " word " finds a whole word and " wo" the start of one.
 */
function documentKey(fields: readonly string[]): string {
  // Newlines keep words of two fields apart; one call per document makes less garbage.
  const words = new Set(keyWords(searchKey(fields.join('\n'))));
  return ` ${[...words].join(' ')} `;
}

/**
 * Whatever the next query finds, the previous one found too, when each earlier word starts
 * one of the new words: the case of each keystroke, so typing scans fewer documents each time.
 */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((word) => next.some((candidate) => candidate.startsWith(word)));
}

function scan(
  keys: ReadonlyMap<string, string>,
  candidates: Iterable<string>,
  words: readonly string[],
): Set<string> {
  // " word" finds the start of a word; longer needles are rarer, so they go first.
  const needles = words.map((word) => ` ${word}`).sort((a, b) => b.length - a.length);
  const hits = new Set<string>();
  for (const id of candidates) {
    const key = keys.get(id);
    if (key !== undefined && needles.every((needle) => key.includes(needle))) hits.add(id);
  }
  return hits;
}
