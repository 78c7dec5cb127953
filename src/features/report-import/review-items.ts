import type { Candidate, CandidateForm } from '../../domain/report-extraction/types';
import type { StageId } from '../../domain/taxonomy';
import { mergeItems, splitItem } from './merge-split';

/** A stretch of the report's text, by offsets into it. */
export interface SourceRange {
  start: number;
  end: number;
}

/** One candidate as the person reviews it: chosen or not, its words and tags as edited. */
export interface ReviewItem {
  /** Stable across edits, merges and splits, for React and for focus. */
  key: string;
  chosen: boolean;
  confidence: number;
  form: CandidateForm;
  text: string;
  raisedBy: string;
  locator: string;
  /** Where it stands in the report: more than one after a merge. */
  ranges: SourceRange[];
  stageIds: StageId[];
  actorIds: string[];
  leadActorId: string | null;
  gcmObjectives: number[];
}

/** Candidates at or above this confidence start chosen; the rest wait for a person to say so. */
export const CHOSEN_FROM = 0.5;

export function reviewItems(candidates: readonly Candidate[]): ReviewItem[] {
  return candidates.map((candidate, index) => ({
    key: `c${index}`,
    chosen: candidate.confidence >= CHOSEN_FROM,
    confidence: candidate.confidence,
    form: candidate.form,
    text: candidate.text,
    raisedBy: candidate.raisedBy ?? '',
    locator: candidate.locator,
    ranges: [{ start: candidate.sourceStart, end: candidate.sourceEnd }],
    stageIds: [...candidate.stageIds],
    actorIds: [...candidate.actorIds],
    leadActorId: null,
    gcmObjectives: [...candidate.gcmObjectives],
  }));
}

export type ReviewEdit = Partial<
  Pick<
    ReviewItem,
    'chosen' | 'text' | 'raisedBy' | 'stageIds' | 'actorIds' | 'leadActorId' | 'gcmObjectives'
  >
>;

export type ReviewAction =
  | { kind: 'edit'; key: string; edit: ReviewEdit }
  | { kind: 'chooseAll'; chosen: boolean }
  | { kind: 'mergeWithNext'; key: string }
  | { kind: 'split'; key: string; at: number; document: string; newKey: string };

export function reviewReducer(items: ReviewItem[], action: ReviewAction): ReviewItem[] {
  switch (action.kind) {
    case 'edit':
      return items.map((item) => (item.key === action.key ? edited(item, action.edit) : item));
    case 'chooseAll':
      return items.map((item) => ({ ...item, chosen: action.chosen }));
    case 'mergeWithNext': {
      const index = items.findIndex((item) => item.key === action.key);
      const first = items[index];
      const second = items[index + 1];
      if (!first || !second) return items;
      return [...items.slice(0, index), mergeItems(first, second), ...items.slice(index + 2)];
    }
    case 'split': {
      const index = items.findIndex((item) => item.key === action.key);
      const item = items[index];
      const parts = item && splitItem(item, action.at, action.document, action.newKey);
      if (!parts) return items;
      return [...items.slice(0, index), ...parts, ...items.slice(index + 1)];
    }
  }
}

/** An edit, keeping the lead among the responsible actors (the rule cards are stored under). */
function edited(item: ReviewItem, edit: ReviewEdit): ReviewItem {
  const next = { ...item, ...edit };
  if (next.leadActorId !== null && !next.actorIds.includes(next.leadActorId)) {
    next.leadActorId = null;
  }
  return next;
}
