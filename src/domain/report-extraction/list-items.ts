import type { Block } from './blocks';
import type { CandidateDraft } from './candidate-draft';
import { listItemConfidence } from './confidence';
import { hasForceWords, readCues, startsWithImperative } from './cues';
import type { JoinedText } from './joined-text';
import { formatLocator } from './locator';
import type { LineMarker } from './markers';
import { type RunTogether, splitEnumeration, splitSeparated } from './run-together';
import type { ListState, WalkContext } from './walk-context';

/**
 * List items become candidates when the list hangs from a heading or lead-in that carries the
 * call ("Recommendations", "The meeting called for:"), or when the item makes the call itself.
 */

type ItemBlock = Extract<Block, { kind: 'item' }>;

/** An item this short before deeper items is their label ("1. Pre-departure"). */
const LABEL_WORDS = 6;

function carriesCall(text: string): boolean {
  const strength = readCues(text).strength;
  return strength === 'strong' || strength === 'medium' || hasForceWords(text);
}

function openList(context: WalkContext, marker: LineMarker): ListState {
  const { leadIn, section } = context;
  const list: ListState = {
    name: leadIn?.name ?? section.name,
    forceful: leadIn ? leadIn.forceful || section.forceful : section.forceful,
    speaker: leadIn?.speaker ?? context.speaker,
    count: 0,
    topStyle: marker.style,
    parent: null,
  };
  context.leadIn = null;
  context.list = list;
  return list;
}

export function listItemDrafts(
  block: ItemBlock,
  next: Block | undefined,
  context: WalkContext,
): CandidateDraft[] {
  const list = context.list ?? openList(context, block.marker);
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
    list.parent = {
      label,
      forceful: forceful || carriesCall(text),
      style: block.marker.style,
      count: 0,
    };
    return [];
  }
  const place = (item: string) =>
    formatLocator({ kind: 'list', page: block.page, list: list.name, item }, context.paged);
  const runTogether = splitEnumeration(text) ?? splitSeparated(text, false);
  if (runTogether && runTogether.items.length >= 2) {
    return runTogetherDrafts(block.body, runTogether, forceful, list.speaker, (k) =>
      place(`${label}.${k}`),
    );
  }
  const confidence = listItemConfidence(readCues(text), forceful, startsWithImperative(text));
  if (confidence === null) return [];
  return [
    {
      body: block.body,
      from: 0,
      to: text.length,
      form: 'list',
      confidence,
      raisedBy: list.speaker,
      locator: place(label),
    },
  ];
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
    const confidence = listItemConfidence(readCues(text), leadForce, startsWithImperative(text));
    if (confidence === null) return [];
    return [
      {
        body,
        from: piece.from,
        to: piece.to,
        form: 'list' as const,
        confidence,
        raisedBy: speaker,
        locator: place(k + 1),
      },
    ];
  });
}
