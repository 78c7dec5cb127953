import { joinsWithHyphen } from './hyphenation';

/**
 * A passage joined from several printed lines ("migra-" + "tion" → "migration"), which still
 * knows where each of its characters stands in the source, so a sentence or an item cut out
 * of it can be highlighted in the report.
 */
export interface JoinedText {
  text: string;
  /** Runs of characters copied from the source; joins (spaces) sit between runs. */
  runs: readonly Run[];
}

interface Run {
  /** Index in `text` where the run begins. */
  at: number;
  /** Index in the source where it was copied from. */
  source: number;
  length: number;
}

const LINE_END_HYPHEN = /(\p{L})[-‐‑]$/u;

export class JoinedTextBuilder {
  private text = '';
  private runs: Run[] = [];

  /** Appends a fragment that stands at `source` in the source text. */
  append(fragment: string, source: number): this {
    if (fragment === '') return this;
    if (this.text === '') return this.copy(fragment, source);
    // Only the tail is searched: paragraphs can be long and this runs once a line.
    const tail = this.text.slice(-80);
    if (LINE_END_HYPHEN.test(tail) && /^\p{Ll}/u.test(fragment)) {
      const left = /\p{L}+[-‐‑]$/u.exec(tail)?.[0].slice(0, -1) ?? '';
      const right = /^\p{L}+/u.exec(fragment)?.[0] ?? '';
      if (!joinsWithHyphen(left, right)) this.dropLastChar();
      return this.copy(fragment, source);
    }
    this.text += ' ';
    return this.copy(fragment, source);
  }

  isEmpty(): boolean {
    return this.text === '';
  }

  current(): string {
    return this.text;
  }

  build(): JoinedText {
    return { text: this.text, runs: this.runs };
  }

  private copy(fragment: string, source: number): this {
    this.runs.push({ at: this.text.length, source, length: fragment.length });
    this.text += fragment;
    return this;
  }

  private dropLastChar(): void {
    this.text = this.text.slice(0, -1);
    const last = this.runs[this.runs.length - 1];
    if (last) last.length -= 1;
  }
}

export function joinedFrom(fragment: string, source: number): JoinedText {
  return new JoinedTextBuilder().append(fragment, source).build();
}

/** The run holding `index`, or the last run before it (for a join between runs). */
function runAt(joined: JoinedText, index: number): Run | undefined {
  const { runs } = joined;
  let low = 0;
  let high = runs.length - 1;
  let found: Run | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid];
    if (!run) break;
    if (run.at <= index) {
      found = run;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Source offsets [start, end) of the characters [from, to) of the joined text. */
export function sourceRange(joined: JoinedText, from: number, to: number): [number, number] {
  const first = runAt(joined, from);
  const last = runAt(joined, Math.max(from, to - 1));
  if (!first || !last) return [0, 0];
  const start = first.source + Math.min(from - first.at, first.length);
  const endIndex = Math.max(from, to - 1) - last.at;
  const end = last.source + Math.min(endIndex + 1, last.length);
  return [start, Math.max(start, end)];
}

/** A slice of a joined text that keeps its source mapping. */
export function sliceJoined(joined: JoinedText, from: number, to: number): JoinedText {
  const runs: Run[] = [];
  for (const run of joined.runs) {
    const start = Math.max(run.at, from);
    const end = Math.min(run.at + run.length, to);
    if (end <= start) continue;
    runs.push({ at: start - from, source: run.source + (start - run.at), length: end - start });
  }
  return { text: joined.text.slice(from, to), runs };
}
