import { BANGLA_CUES } from './cue-lexicon-bn';
import { ENGLISH_CUES } from './cue-lexicon-en';

/**
 * The words that make a passage a recommendation, per language. Each entry is the source of
 * a regular expression matched case-insensitively on whole words (the matcher adds the word
 * edges); keep them free of nested quantifiers so no input can make them backtrack for long.
 */
export interface CueLexicon {
  /** Calls that make a recommendation on their own: should, must, urged, called for. */
  strong: string[];
  /** Cues that usually do: suggested, proposed, it is important to. */
  medium: string[];
  /** Cues that only sometimes do: could consider, would like to see. */
  weak: string[];
  /** Spans in which a cue does not count ("should have", "the proposed law", "how … should"). */
  cancelled: string[];
  /** What a report says of the event itself: a sentence with it needs a strong cue. */
  narrative: string[];
  /** Headings and lead-ins whose lists are recommendations without a modal in each item. */
  forceHeadings: string[];
  /** Headings whose lists are not recommendations unless an item carries its own call. */
  neutralHeadings: string[];
  /** Verbs that open a recommendation written as an order ("Strengthen…", "Ensure…"). */
  imperatives: string[];
  /** Verbs that report what a speaker said. */
  speechVerbs: string[];
  /** Titles before a name: Mr., Dr., Barrister, H.E. */
  honorifics: string[];
  /** Groups that speak in reports: participants, panellists, returnees. */
  speakerGroups: string[];
  /** The event or the document itself as the subject: not a speaker. */
  eventNouns: string[];
  /** Openers before the speaker: "In his remarks,", "During the open discussion,". */
  speakerOpeners: string[];
  /** Where the speaker is speaking, written after the name: "…, in his opening remarks". */
  speakingOccasions: string[];
  /** Words that open a clause before the subject: "As the chair, X noted", "Thanking Y, he…". */
  clauseOpeners: string[];
  /** Subjects that continue the previous speaker: he, she, they. */
  pronouns: string[];
}

/** Every language's cues; the rules read them all at once (a report may mix languages). */
export const CUE_LEXICONS: readonly CueLexicon[] = [ENGLISH_CUES, BANGLA_CUES];
