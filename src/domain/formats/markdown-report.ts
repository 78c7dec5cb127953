import type { ActionItem } from '../action-item';
import { countActionProgress } from '../action-progress';
import type { ActorRef } from '../actor';
import type { Column } from '../column';
import { sortByRank } from '../ordering';
import type { Recommendation } from '../recommendation';
import type { Response } from '../response';
import type { StageId } from '../taxonomy';
import type { Workshop } from '../workshop';
import { escapeMarkdownLine, escapeMarkdownLines } from './markdown-escape';

/** Words the caller chooses, in the reader's language. */
export interface MarkdownReportLabels {
  workshop: string;
  response: string;
  lead: string;
  due: string;
  actionItems: string;
  stages: string;
  responses: Readonly<Record<Response, string>>;
  stageNames: Readonly<Record<StageId, string>>;
}

export interface MarkdownReportGroup {
  title: string;
  cardIds: readonly string[];
}

export interface MarkdownReportInput {
  /** The title line's parts, already worded and formatted by the caller. */
  boardName: string;
  filterDescription: string;
  date: string;
  /** The cards to report (already filtered). */
  recommendations: readonly Recommendation[];
  columns: readonly Pick<Column, 'id' | 'name' | 'rank'>[];
  /** Sections to report instead of one per column, cards in the order given. */
  groups?: readonly MarkdownReportGroup[];
  workshops: readonly Pick<Workshop, 'id' | 'title' | 'date'>[];
  actors: ReadonlyMap<string, Pick<ActorRef, 'abbr'>>;
  actionItems: readonly Pick<ActionItem, 'recommendationId' | 'done' | 'deletedAt'>[];
  labels: MarkdownReportLabels;
  /** How a calendar date (YYYY-MM-DD) reads; ISO when not given. */
  formatDate?: (date: string) => string;
  /** How a count reads (Bangla digits…); ASCII digits when not given. */
  formatNumber?: (n: number) => string;
}

const SEPARATOR = ' · ';

/**
 * The board as Markdown to paste into minutes or an e-mail: a title line, a section per
 * column (or per group), each card a list item with its details on a nested line. Every piece
 * of user text is escaped, so no card can add formatting, links or HTML.
 */
export function markdownReport(input: MarkdownReportInput): string {
  const titleParts = [input.boardName, input.filterDescription, input.date].filter(Boolean);
  const out = [`# ${titleParts.map(escapeMarkdownLine).join(' — ')}`];
  const formatNumber = input.formatNumber ?? String;
  const card = cardRenderer(input);
  for (const group of reportGroups(input)) {
    out.push('', `## ${escapeMarkdownLine(group.title)} (${formatNumber(group.cards.length)})`);
    if (group.cards.length > 0) out.push('');
    for (const rec of group.cards) out.push(...card(rec));
  }
  return `${out.join('\n')}\n`;
}

function reportGroups(input: MarkdownReportInput) {
  if (input.groups) {
    const byId = new Map(input.recommendations.map((rec) => [rec.id, rec]));
    return input.groups.map((group) => ({
      title: group.title,
      cards: group.cardIds.flatMap((id) => byId.get(id) ?? []),
    }));
  }
  return sortByRank(input.columns).map((column) => ({
    title: column.name,
    cards: sortByRank(input.recommendations.filter((rec) => rec.columnId === column.id)),
  }));
}

function cardRenderer(input: MarkdownReportInput) {
  const { labels } = input;
  const formatDate = input.formatDate ?? ((date: string) => date);
  const formatNumber = input.formatNumber ?? String;
  const workshops = new Map(input.workshops.map((workshop) => [workshop.id, workshop]));
  const progress = countActionProgress(input.actionItems);
  const actorName = (id: string) => input.actors.get(id)?.abbr ?? id;

  return (rec: Recommendation): string[] => {
    const [first = '', ...rest] = escapeMarkdownLines(rec.text);
    const head = rec.title === '' ? first : `**${escapeMarkdownLine(rec.title)}**: ${first}`;
    const lines = [`- ${head}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))];

    const workshop = rec.workshopId === null ? undefined : workshops.get(rec.workshopId);
    const counts = progress.get(rec.id);
    const details = [
      workshop && `${labels.workshop}: ${workshop.title} (${formatDate(workshop.date)})`,
      `${labels.response}: ${labels.responses[rec.response]}`,
      rec.leadActorId !== null && `${labels.lead}: ${actorName(rec.leadActorId)}`,
      rec.dueDate !== null && `${labels.due}: ${formatDate(rec.dueDate)}`,
      counts && `${labels.actionItems}: ${formatNumber(counts.done)}/${formatNumber(counts.total)}`,
      rec.stageIds.length > 0 &&
        `${labels.stages}: ${rec.stageIds.map((id) => labels.stageNames[id]).join(', ')}`,
    ].filter((detail): detail is string => typeof detail === 'string');
    lines.push(`  - ${details.map(escapeMarkdownLine).join(SEPARATOR)}`);
    return lines;
  };
}
