import type { StageId } from '../taxonomy';

/** How a recommendation stood in the report: a list item, a sentence of prose, a table row. */
export type CandidateForm = 'list' | 'prose' | 'table';

/** The workshop a report describes, as far as its first page says. */
export interface WorkshopHeader {
  title: string | null;
  /** YYYY-MM-DD; the first day when the report names a range. */
  date: string | null;
  place: string | null;
  organisers: string[];
}

/** One passage the extractor takes for a recommendation, for a person to confirm or drop. */
export interface Candidate {
  text: string;
  form: CandidateForm;
  /** 0..1: how sure the cues make the extractor, not a probability. */
  confidence: number;
  /** The speaker or group whose remarks hold the passage, as the report names them. */
  raisedBy: string | null;
  /** Where a reader finds it: 'p. 2, para 5', 'p. 1, list "Recommendations", item 3'. */
  locator: string;
  /** Offsets into the text given to the extractor (not a normalised copy of it). */
  sourceStart: number;
  sourceEnd: number;
  stageIds: StageId[];
  actorIds: string[];
  gcmObjectives: number[];
  /** Table rows only: the "To whom" / "Responsible" cell. */
  toWhom?: string | null;
  /** Table rows only: the "Response" / "Management response" cell. */
  response?: string | null;
}

export interface ExtractionResult {
  workshop: WorkshopHeader;
  candidates: Candidate[];
}

export interface ExtractOptions {
  /** Candidates below this confidence are left out (default 0.3). */
  minConfidence?: number;
}
