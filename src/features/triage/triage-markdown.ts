import { escapeMarkdownLine } from '../../domain/formats/markdown-escape';
import type { CardDecisions, TriageDecision } from './triage-log';

/** The words of the minutes, from the i18n layer: this module only lays them out. */
export interface TriageMinutesWords {
  /** The document's title line, e.g. "Triage, 12 Nov 2026". */
  title: string;
  /** A card's heading, e.g. its title. */
  card: (cardId: string) => string;
  /** One decision on a card as a short sentence, e.g. "Response: Accepted". */
  decision: (decision: TriageDecision, cardId: string) => string;
  /** Said when the session decided nothing. */
  empty: string;
}

// Card text as Markdown shows it literally, on one line (a list item holds one line here).
const markdownText = escapeMarkdownLine;

/** The session's decisions as Markdown for the minutes: one numbered section per card. */
export function triageMinutesMarkdown(
  summary: readonly CardDecisions[],
  words: TriageMinutesWords,
): string {
  const lines = [`# ${markdownText(words.title)}`, ''];
  if (summary.length === 0) lines.push(markdownText(words.empty), '');
  summary.forEach((card, index) => {
    lines.push(`## ${index + 1}. ${markdownText(words.card(card.cardId))}`, '');
    for (const decision of card.decisions)
      lines.push(`- ${markdownText(words.decision(decision, card.cardId))}`);
    lines.push('');
  });
  return lines.join('\n');
}
