import type { CandidateDraft } from './candidate-draft';
import { sentenceConfidence } from './confidence';
import { CUE_LEXICONS } from './cue-lexicon';
import { hasForceWords, readCues, startsWithGerund, startsWithImperative } from './cues';
import type { JoinedText } from './joined-text';
import { runTogetherDrafts } from './list-items';
import { formatLocator } from './locator';
import { splitSentences } from './prose-sentences';
import { splitEnumeration, splitSeparated } from './run-together';
import { readSpeaker, type SpeakerReading } from './speaker';
import { nextParagraphNumber, type WalkContext } from './walk-context';

/**
 * Sentences of running prose that make a call, each attributed to whoever the paragraph says
 * is speaking; a sentence ending in ':' becomes the lead-in of the list that follows.
 */

const PRONOUN_START = new RegExp(
  `^(?:${CUE_LEXICONS.flatMap((lexicon) => lexicon.pronouns).join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);
const MIN_SENTENCE_WORDS = 4;

export function paragraphDrafts(
  body: JoinedText,
  page: number,
  context: WalkContext,
): CandidateDraft[] {
  const para = nextParagraphNumber(context, page);
  const locator = formatLocator({ kind: 'para', page, para }, context.paged);
  const forceful = context.section.forceful || (context.leadIn?.forceful ?? false);
  context.leadIn = null;
  context.list = null;
  if (!PRONOUN_START.test(body.text)) context.speaker = null;

  const enumeration = splitEnumeration(body.text);
  if (enumeration && enumeration.items.length >= 2) {
    const lead = enumeration.lead
      ? body.text.slice(enumeration.lead.from, enumeration.lead.to)
      : '';
    noteSpeaker(lead, context);
    const listName = lead === '' ? null : lead;
    return runTogetherDrafts(body, enumeration, forceful, context.speaker, (item) =>
      formatLocator({ kind: 'list', page, list: listName, item: String(item) }, context.paged),
    );
  }

  const sentences = splitSentences(body.text);
  return sentences.flatMap((span, index) => {
    const sentence = body.text.slice(span.start, span.end);
    const speaker = noteSpeaker(sentence, context);
    if (sentence.endsWith(':') && index === sentences.length - 1) {
      context.leadIn = {
        forceful: forceful || readCues(sentence).strength !== null || hasForceWords(sentence),
        name: sentence,
        speaker: context.speaker,
      };
      return [];
    }
    const separated = splitSeparated(sentence, forceful);
    if (separated && separated.items.length >= 2) {
      const shifted = {
        lead: separated.lead && {
          from: separated.lead.from + span.start,
          to: separated.lead.to + span.start,
        },
        items: separated.items.map((piece) => ({
          from: piece.from + span.start,
          to: piece.to + span.start,
        })),
      };
      const listName = separated.lead
        ? sentence.slice(separated.lead.from, separated.lead.to)
        : null;
      return runTogetherDrafts(body, shifted, forceful, context.speaker, (item) =>
        formatLocator({ kind: 'list', page, list: listName, item: String(item) }, context.paged),
      );
    }
    const draft = sentenceDraft(body, span, forceful, context.speaker, locator);
    // The speaker's own organisation is not an actor the call is addressed to.
    return draft ? [{ ...draft, tagFrom: span.start + speaker.after }] : [];
  });
}

function noteSpeaker(sentence: string, context: WalkContext): SpeakerReading {
  const speaker = readSpeaker(sentence);
  if (speaker.kind === 'named' || speaker.kind === 'group') context.speaker = speaker.name;
  if (speaker.kind === 'event') context.speaker = null;
  return speaker;
}

function sentenceDraft(
  body: JoinedText,
  span: { start: number; end: number },
  forceful: boolean,
  speaker: string | null,
  locator: string,
): CandidateDraft | null {
  const sentence = body.text.slice(span.start, span.end);
  if (sentence.endsWith('?') || sentence.split(/\s+/).length < MIN_SENTENCE_WORDS) return null;
  const opensWithOrder = startsWithImperative(sentence) || (forceful && startsWithGerund(sentence));
  const confidence = sentenceConfidence(readCues(sentence), forceful, opensWithOrder);
  if (confidence === null) return null;
  return {
    body,
    from: span.start,
    to: span.end,
    form: 'prose',
    confidence,
    raisedBy: speaker,
    locator,
  };
}
