import { buildBlocks } from './blocks';
import { type CandidateDraft, finishCandidate } from './candidate-draft';
import { readWorkshopHeader } from './header';
import { listItemDrafts } from './list-items';
import { normaliseLines } from './normalise-lines';
import { paragraphDrafts } from './prose-candidates';
import { toSourceText } from './source-text';
import { tableDrafts } from './table-candidates';
import { findTables } from './tables';
import type { Candidate, ExtractionResult, ExtractOptions } from './types';
import { enterHeading, startContext } from './walk-context';

const DEFAULT_MIN_CONFIDENCE = 0.3;

/**
 * Candidate recommendations in a workshop report's plain text, in reading order, with the
 * workshop's header. Pure and synchronous: it runs in a Web Worker, and offsets point into
 * `text` exactly as given.
 */
export function extractRecommendations(
  text: string,
  options: ExtractOptions = {},
): ExtractionResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const source = toSourceText(text);
  const { lines, paged } = normaliseLines(source.text);
  const blocks = buildBlocks(lines, findTables(lines));
  const context = startContext(source, paged);
  const drafts: CandidateDraft[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') enterHeading(context, block.heading);
    else if (block.kind === 'table') {
      context.leadIn = null;
      context.list = null;
      drafts.push(...tableDrafts(block.table, paged));
    } else if (block.kind === 'item') {
      drafts.push(...listItemDrafts(blocks, index, context));
    } else {
      drafts.push(...paragraphDrafts(block.body, block.page, context));
    }
  });
  const candidates = drafts
    .filter((draft) => draft.confidence >= minConfidence)
    .flatMap((draft): Candidate[] => {
      const candidate = finishCandidate(draft, source);
      return candidate ? [candidate] : [];
    });
  return { workshop: readWorkshopHeader(lines), candidates };
}
