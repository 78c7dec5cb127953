import { type JoinedText, sourceRange } from './joined-text';
import type { SourceText } from './source-text';
import { suggestTags } from './tag-suggestions';
import type { Candidate, CandidateForm } from './types';

/** A candidate before its text is tidied, its offsets mapped back and its tags suggested. */
export interface CandidateDraft {
  body: JoinedText;
  from: number;
  to: number;
  form: CandidateForm;
  confidence: number;
  raisedBy: string | null;
  locator: string;
  /** Tags are read from here on: "Mr. X, Director, BMET, said" does not address BMET. */
  tagFrom?: number;
  toWhom?: string | null;
  response?: string | null;
}

/** Fewer words are a label or a fragment; a list item can be as short as "Reduce costs". */
const MIN_WORDS: Record<CandidateForm, number> = { list: 2, table: 2, prose: 4 };
const EDGE_JUNK = /^[\s*_`]+|[\s*_`;,]+$/u;
const TRAILING_CONJUNCTION = /[\s;,]+(?:and|or)$/iu;

/** Narrows [from, to) past spaces, markdown emphasis and a dangling "; and". */
function tidyRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && /[\s*_`]/u.test(text.charAt(start))) start += 1;
  for (;;) {
    const slice = text.slice(start, end);
    const conjunction = TRAILING_CONJUNCTION.exec(slice);
    const junk = /[\s*_`;,]+$/u.exec(slice);
    const cut = Math.max(conjunction?.[0].length ?? 0, junk?.[0].length ?? 0);
    if (cut === 0 || cut >= end - start) return [start, end];
    end -= cut;
  }
}

function tidyText(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .replace(EDGE_JUNK, '')
    .trim();
}

export function finishCandidate(draft: CandidateDraft, source: SourceText): Candidate | null {
  const [from, to] = tidyRange(draft.body.text, draft.from, draft.to);
  const text = tidyText(draft.body.text.slice(from, to)).normalize('NFC');
  if (text.split(' ').length < MIN_WORDS[draft.form]) return null;
  const [start, end] = sourceRange(draft.body, from, to);
  const tagged = draft.body.text.slice(Math.max(from, draft.tagFrom ?? from), to);
  const tags = suggestTags(draft.toWhom ? `${tagged} ${draft.toWhom}` : tagged);
  const candidate: Candidate = {
    text,
    form: draft.form,
    confidence: draft.confidence,
    raisedBy: draft.raisedBy,
    locator: draft.locator,
    sourceStart: source.toOriginal(start),
    sourceEnd: source.toOriginal(end),
    ...tags,
  };
  if (draft.form === 'table') {
    candidate.toWhom = draft.toWhom ?? null;
    candidate.response = draft.response ?? null;
  }
  return candidate;
}
