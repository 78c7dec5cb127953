import { normalizeText } from '../../lib/text';
import { LIST_SEPARATOR } from './csv-fields';
import type { CsvRecord, CsvTable } from './csv-import';
import { neutraliseCell } from './csv-neutralise';
import type { MarkdownReportLabels } from './markdown-report';

/*
 * Recboard's Markdown report read back (markdown-report.ts writes it): each card a row under
 * headers the spreadsheet import matches by itself, so the mapping, the preview with its
 * problems, the unknown names offered for creation and the one-transaction write are the CSV
 * import's (decision 018). The report carries part of a card: its column (the section), title,
 * text, workshop and date, response, lead actor, due date and stages. Not its other actors,
 * GCM objectives, SDG targets, labels, action items or notes, which the preview says.
 */

/** The headers the report's rows are read under, in the order of the cells. */
export const REPORT_HEADERS = [
  'Column',
  'Title',
  'Recommendation',
  'Workshop',
  'Workshop date',
  'Response',
  'Lead actor',
  'Due date',
  'Stages',
] as const;

type ReportHeader = (typeof REPORT_HEADERS)[number];

/** The words of a report's detail line, in one language (markdownLabels of that language). */
export type ReportWords = Pick<
  MarkdownReportLabels,
  'workshop' | 'response' | 'lead' | 'due' | 'actionItems' | 'stages'
>;

const DETAIL_SEPARATOR = ' · ';
const SECTION = /^## (.*?)(?: \(([\p{Nd}]+)\))?$/u;
const TITLED = /^\*\*((?:\\.|[^*\\])*)\*\*: ?(.*)$/;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** Where the board's grouping put a card: "Lane — Column" (export-files.ts laneSections). */
const LANE_SEPARATOR = ' — ';

/** Whether a text file is a Recboard Markdown report: a title line, then a section. */
export function isMarkdownReport(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.find((line) => line.trim() !== '');
  return first?.startsWith('# ') === true && lines.some((line) => SECTION.test(line));
}

/**
 * Each card of the report as a row of cells under REPORT_HEADERS; `row` is the line its item
 * starts on. `words` are the detail lines' labels in each language the report may be in;
 * `columnNames` tell a column named in a grouped section ("Return — In progress") from the lane.
 */
export function readMarkdownReport(
  text: string,
  words: readonly ReportWords[],
  columnNames: readonly string[],
): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: CsvRecord[] = [];
  const knownColumns = new Set(columnNames.map((name) => normalizeText(name)));
  let column = '';
  let card: { row: number; head: string; rest: string[] } | null = null;
  const finish = (details: string) => {
    if (card) records.push({ row: card.row, cells: cardCells(card, column, details, words) });
    card = null;
  };
  lines.forEach((line, index) => {
    const section = SECTION.exec(line);
    if (section) {
      finish('');
      column = sectionColumn(unescapeMarkdown(section[1] ?? ''), knownColumns);
    } else if (line.startsWith('- ')) {
      finish('');
      card = { row: index + 1, head: line.slice(2), rest: [] };
    } else if (card && line.startsWith('  - ')) {
      finish(line.slice(4));
    } else if (card) {
      card.rest.push(line.startsWith('  ') ? line.slice(2) : line);
    }
  });
  finish('');
  return { headers: [...REPORT_HEADERS], records, delimiter: '', problems: [] };
}

/** The column a section names: the whole title, or what follows its lane. */
function sectionColumn(title: string, knownColumns: ReadonlySet<string>): string {
  const at = title.lastIndexOf(LANE_SEPARATOR);
  if (knownColumns.has(normalizeText(title)) || at < 0) return title;
  return title.slice(at + LANE_SEPARATOR.length);
}

function cardCells(
  card: { head: string; rest: string[] },
  column: string,
  details: string,
  words: readonly ReportWords[],
): string[] {
  const titled = TITLED.exec(card.head);
  const title = titled ? unescapeMarkdown(titled[1] ?? '') : '';
  const first = titled ? (titled[2] ?? '') : card.head;
  // Blank lines inside a card's text were written blank; trailing ones end the item.
  const body = [first, ...card.rest].map(unescapeMarkdown).join('\n').trimEnd();
  const cells: Partial<Record<ReportHeader, string>> = {
    Column: column,
    Title: title,
    Recommendation: body,
    ...detailCells(details, words),
  };
  // Cells as a CSV export writes them: the reader undoes that for spreadsheet cells ("'=x").
  return REPORT_HEADERS.map((header) => neutraliseCell(cells[header] ?? ''));
}

/** The detail line's parts by label, in whichever language's words they are written. */
function detailCells(
  details: string,
  words: readonly ReportWords[],
): Partial<Record<ReportHeader, string>> {
  const cells: Partial<Record<ReportHeader, string>> = {};
  for (const part of detailParts(details, words)) {
    const { label, value } = part;
    for (const language of words) {
      if (label === language.workshop) {
        // "Title (date)": the date is the last bracketed part.
        const dated = /^(.*) \(([^()]*)\)$/.exec(value);
        cells.Workshop = dated ? (dated[1] ?? '') : value;
        if (dated) cells['Workshop date'] = dated[2] ?? '';
      } else if (label === language.response) cells.Response = value;
      else if (label === language.lead) cells['Lead actor'] = value;
      else if (label === language.due) cells['Due date'] = value;
      else if (label === language.stages) cells.Stages = value.split(', ').join(LIST_SEPARATOR);
    }
  }
  return cells;
}

/**
 * The line split at its separators, unescaped. A piece that does not begin with a known label
 * belongs to the piece before it (a workshop title holding " · ").
 */
function detailParts(
  details: string,
  words: readonly ReportWords[],
): { label: string; value: string }[] {
  const labels = new Set(
    words.flatMap((language) => [
      language.workshop,
      language.response,
      language.lead,
      language.due,
      language.actionItems,
      language.stages,
    ]),
  );
  const parts: { label: string; value: string }[] = [];
  for (const piece of unescapeMarkdown(details).split(DETAIL_SEPARATOR)) {
    const at = piece.indexOf(': ');
    const label = at < 0 ? '' : piece.slice(0, at);
    const last = parts.at(-1);
    if (labels.has(label)) parts.push({ label, value: piece.slice(at + 2).trim() });
    else if (last) last.value += `${DETAIL_SEPARATOR}${piece}`;
  }
  return parts;
}

/** Undoes escapeMarkdownLine: a backslash before ASCII punctuation. */
function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}
