import { readCues, startsWithGerund, startsWithImperative } from './cues';
import { isTitleCase } from './headings';

/**
 * What a list item's wording says about it: a topic name ("Migration and Poverty Reduction"),
 * or an action ("Strengthen…", "Creating…", "Importance of…", "Utilization of…"). A list
 * whose items are mostly actions is a list of recommendations whatever its lead-in says.
 */

/** "Importance of", "Need for", "Utilization of", "Adherence to": an ask written as a noun. */
const NOMINAL_ACTION =
  /^(?:the\s+)?(?:importance|need|necessity|significance|\p{L}+(?:tion|sion|ment|ance|ence|ity))\s+(?:of|to|for|on|in|with)\s/iu;
const TOPIC_WORDS = 10;
const ACTION_SHARE = 0.5;

export function isTopicName(text: string): boolean {
  const clean = text.replace(/[.:;]+$/u, '');
  return (
    clean.split(/\s+/).length <= TOPIC_WORDS &&
    isTitleCase(clean) &&
    readCues(clean).strength === null &&
    !startsWithImperative(clean)
  );
}

/** The item opens with an order, a nominalised order, or an ask written as a noun. */
export function opensWithAction(text: string): boolean {
  return (
    startsWithImperative(text) || startsWithGerund(text) || NOMINAL_ACTION.test(text.trimStart())
  );
}

/** Most items of the list are actions (and it has more than one). */
export function isActionList(items: readonly string[]): boolean {
  if (items.length < 2) return false;
  const actions = items.filter((text) => !isTopicName(text) && opensWithAction(text)).length;
  return actions / items.length >= ACTION_SHARE;
}
