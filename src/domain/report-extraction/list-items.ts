import type { Block } from './blocks';
import type { CandidateDraft } from './candidate-draft';
import { type ItemOpening, listItemConfidence } from './confidence';
import { hasForceWords, readCues, startsWithImperative } from './cues';
import type { JoinedText } from './joined-text';
import { isActionList, isTopicName, opensWithAction } from './list-shape';
import { formatLocator } from './locator';
import { splitSentences } from './prose-sentences';
import { type Piece, type RunTogether, splitEnumeration, splitSeparated } from './run-together';
import type { ListState, WalkContext } from './walk-context';

/**
 * List items become candidates when the list hangs from a heading or lead-in that carries the
 * call ("Recommendations", "The meeting called for:"), when most of its items are actions, or
 * when the item makes the call itself. Topic names ("Migration and Poverty Reduction") never do.
 */

/** An item this short before deeper items is their label ("1. Pre-departure"). */
const LABEL_WORDS = 6;

function carriesCall(text: string): boolean {
  const strength = readCues(text).strength;
  return strength === 'strong' || strength === 'medium' || hasForceWords(text);
}

/** The texts of the list's items from `index` on, sub-items included. */
function upcomingItems(blocks: readonly Block[], index: number): string[] {
  const texts: string[] = [];
  for (let k = index; k < blocks.length; k += 1) {
    const block = blocks[k];
    if (block?.kind !== 'item') break;
    texts.push(block.body.text);
  }
  return texts;
}

function openList(context: WalkContext, blocks: readonly Block[], index: number): ListState {
  const { leadIn, section } = context;
  const first = blocks[index];
  const neutral = !leadIn && section.neutral;
  const declared = leadIn ? leadIn.forceful || section.forceful : section.forceful;
  const list: ListState = {
    name: leadIn?.name ?? section.name,
    forceful: declared || (!neutral && isActionList(upcomingItems(blocks, index))),
    neutral,
    speaker: leadIn?.speaker ?? context.speaker,
    count: 0,
    topStyle: first?.kind === 'item' ? first.marker.style : 'bullet',
    parent: null,
  };
  context.leadIn = null;
  context.list = list;
  return list;
}

function openingOf(text: string, list: ListState): ItemOpening {
  if (startsWithImperative(text)) return 'order';
  return !list.neutral && opensWithAction(text) ? 'nominal' : null;
}

export function listItemDrafts(
  blocks: readonly Block[],
  index: number,
  context: WalkContext,
): CandidateDraft[] {
  const block = blocks[index];
  if (block?.kind !== 'item') return [];
  const next = blocks[index + 1];
  const list = context.list ?? openList(context, blocks, index);
  const text = block.body.text;
  const sub = list.parent && block.marker.style !== list.topStyle ? list.parent : null;
  let label: string;
  if (sub) {
    sub.count += 1;
    label = `${sub.label}.${sub.count}`;
  } else {
    list.count += 1;
    list.parent = null;
    label = String(list.count);
  }
  const forceful = list.forceful || (sub?.forceful ?? false);
  const opensSubList = !sub && next?.kind === 'item' && next.marker.style !== block.marker.style;
  if (opensSubList && (text.trimEnd().endsWith(':') || text.split(/\s+/).length <= LABEL_WORDS)) {
    const parentForce = forceful || carriesCall(text);
    list.parent = { label, forceful: parentForce, style: block.marker.style, count: 0 };
    return [];
  }
  if (isTopicName(text)) return [];
  const place = (item: string) =>
    formatLocator({ kind: 'list', page: block.page, list: list.name, item }, context.paged);
  const runTogether = splitEnumeration(text) ?? splitSeparated(text, false);
  if (runTogether && runTogether.items.length >= 2) {
    return runTogetherDrafts(block.body, runTogether, forceful, list.speaker, (k) =>
      place(`${label}.${k}`),
    );
  }
  const asks = separateAsks(text);
  return asks.flatMap((piece, k) => {
    const ask = text.slice(piece.from, piece.to);
    const confidence = listItemConfidence(readCues(ask), forceful, openingOf(ask, list));
    if (confidence === null) return [];
    const item = asks.length > 1 ? `${label}, part ${k + 1}` : label;
    return [itemDraft(block.body, piece, confidence, list.speaker, place(item))];
  });
}

/**
 * An item of several sentences that each make a call holds several asks: each call starts one,
 * and the sentences without a call stay with the ask before them.
 */
function separateAsks(text: string): Piece[] {
  const sentences = splitSentences(text);
  const calls = sentences.filter((span) => {
    const strength = readCues(text.slice(span.start, span.end)).strength;
    return strength === 'strong' || strength === 'medium';
  });
  if (calls.length < 2) return [{ from: 0, to: text.length }];
  return calls.map((call, k) => ({
    from: k === 0 ? 0 : call.start,
    to: calls[k + 1]?.start ?? text.length,
  }));
}

function itemDraft(
  body: JoinedText,
  piece: Piece,
  confidence: number,
  speaker: string | null,
  locator: string,
): CandidateDraft {
  return {
    body,
    from: piece.from,
    to: piece.to,
    form: 'list',
    confidence,
    raisedBy: speaker,
    locator,
  };
}

/** Items printed inside one passage, forceful when the passage's lead-in makes the call. */
export function runTogetherDrafts(
  body: JoinedText,
  pieces: RunTogether,
  forceful: boolean,
  speaker: string | null,
  place: (item: number) => string,
): CandidateDraft[] {
  const lead = pieces.lead ? body.text.slice(pieces.lead.from, pieces.lead.to) : '';
  const leadForce = forceful || (lead !== '' && carriesCall(lead));
  return pieces.items.flatMap((piece, k) => {
    const text = body.text.slice(piece.from, piece.to);
    const opening: ItemOpening = startsWithImperative(text) ? 'order' : null;
    const confidence = listItemConfidence(readCues(text), leadForce, opening);
    if (confidence === null) return [];
    return [itemDraft(body, piece, confidence, speaker, place(k + 1))];
  });
}
