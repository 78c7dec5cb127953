import { LIST_SEPARATOR } from './csv-fields';
import type { CsvRecord, CsvTable } from './csv-import';
import { neutraliseCell } from './csv-neutralise';
import type { ImportProblem, ImportProblemCode } from './import-problem';
import { looseKey } from './loose-key';
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
/** A section and its count, which may be grouped ("1,234", "১,২৩৪"). */
const SECTION = /^## (.*?)(?: \((\p{Nd}[\p{Nd},.\u00A0\u202F]*)\))?$/u;
const ITEM = /^[-*+] (.*)$/;
/** A nested item: the card's details (or, not shaped as details, a line of its text). */
const NESTED_ITEM = /^(?: {2,}|\t+)[-*+] (.*)$/;
/** A detail's shape: a short label, a colon, a value. */
const LABELLED = /^[^:]{1,60}: \S/u;
const TITLED = /^\*\*((?:\\.|[^*\\])*)\*\*: ?(.*)$/;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** Where the board's grouping put a card: "Lane — Column" (export-files.ts laneSections). */
const LANE_SEPARATOR = ' — ';

/** Whether a text file is a Recboard Markdown report: a title line, a section, a card. */
export function isMarkdownReport(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.find((line) => line.trim() !== '');
  return (
    first?.startsWith('# ') === true &&
    lines.some((line) => SECTION.test(line)) &&
    lines.some((line) => NESTED_ITEM.test(line))
  );
}

interface OpenCard {
  row: number;
  head: string;
  rest: string[];
}

/**
 * Each card of the report as a row of cells under REPORT_HEADERS; `row` is the line its item
 * starts on. `words` are the detail lines' labels in each language the report may be in;
 * `columnNames` tell a column named in a grouped section ("Return — In progress") from the lane.
 * A card listed in several lanes (a card with two stages, grouped by stage) is read once. A
 * line that belongs to no card, and a detail no label names, are reported, never dropped silently.
 */
export function readMarkdownReport(
  text: string,
  words: readonly ReportWords[],
  columnNames: readonly string[],
): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  const labels = detailLabels(words);
  const knownColumns = new Set(columnNames.map(looseKey));
  /** Each card read, by its cells, with the section it was first read in. */
  const seen = new Map<string, string>();
  let section = '';
  let column = '';
  let card: OpenCard | null = null;
  // The report's title line: the one line outside any card that is not a stray.
  const titleLine = firstLine(lines);
  const finish = (details: string, row: number) => {
    if (!card) return;
    const cells = cardCells(card, column, details, words, labels, (value) =>
      problems.push(readProblem('unknown_detail', row, value)),
    );
    const key = cells.join('\u0000');
    const firstSection = seen.get(key);
    // The same card under another lane of the same column: the grouping listed it twice.
    if (firstSection === undefined || firstSection === section) {
      seen.set(key, section);
      records.push({ row: card.row, cells });
    }
    card = null;
  };
  lines.forEach((line, index) => {
    const row = index + 1;
    const heading = SECTION.exec(line);
    const item = ITEM.exec(line);
    const nested = NESTED_ITEM.exec(line);
    if (heading) {
      finish('', row);
      section = unescapeMarkdown(heading[1] ?? '');
      column = sectionColumn(section, knownColumns);
    } else if (item) {
      finish('', row);
      card = { row, head: item[1] ?? '', rest: [] };
    } else if (card && nested && isDetailsLine(unescapeMarkdown(nested[1] ?? ''), labels)) {
      finish(nested[1] ?? '', row);
    } else if (card) {
      card.rest.push(line.startsWith('  ') ? line.slice(2) : line.trimStart());
    } else if (line.trim() !== '' && !(index === titleLine && line.startsWith('# '))) {
      problems.push(readProblem('line_not_read', row, line.trim()));
    }
  });
  finish('', lines.length);
  return { headers: [...REPORT_HEADERS], records, delimiter: '', problems };
}

function firstLine(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim() !== '');
}

function readProblem(code: ImportProblemCode, row: number, value: string): ImportProblem {
  return { code, effect: 'value_ignored', row, column: null, value };
}

/**
 * The column a section names: the whole title when the board has a column of that name, else
 * the part after a lane's separator that names one ("Return — Closed — rejected"), else the
 * part after the last separator.
 */
function sectionColumn(title: string, knownColumns: ReadonlySet<string>): string {
  if (knownColumns.has(looseKey(title))) return title;
  const parts = title.split(LANE_SEPARATOR);
  for (let from = 1; from < parts.length; from += 1) {
    const candidate = parts.slice(from).join(LANE_SEPARATOR);
    if (knownColumns.has(looseKey(candidate))) return candidate;
  }
  return parts.at(-1) ?? title;
}

function cardCells(
  card: OpenCard,
  column: string,
  details: string,
  words: readonly ReportWords[],
  labels: ReadonlySet<string>,
  unknownDetail: (value: string) => void,
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
    ...detailCells(details, words, labels, unknownDetail),
  };
  // Cells as a CSV export writes them: the reader undoes that for spreadsheet cells ("'=x").
  return REPORT_HEADERS.map((header) => neutraliseCell(cells[header] ?? ''));
}

/** The detail line's parts by label, in whichever language's words they are written. */
function detailCells(
  details: string,
  words: readonly ReportWords[],
  labels: ReadonlySet<string>,
  unknownDetail: (value: string) => void,
): Partial<Record<ReportHeader, string>> {
  const cells: Partial<Record<ReportHeader, string>> = {};
  for (const part of detailParts(details, labels, unknownDetail)) {
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

/** Every label a detail line may begin a part with, in each language given. */
function detailLabels(words: readonly ReportWords[]): Set<string> {
  return new Set(
    words.flatMap((language) => [
      language.workshop,
      language.response,
      language.lead,
      language.due,
      language.actionItems,
      language.stages,
    ]),
  );
}

function labelOf(piece: string): string {
  const at = piece.indexOf(': ');
  return at < 0 ? '' : piece.slice(0, at);
}

/**
 * Whether a nested item is a details line: one of its parts begins with a known label, or
 * every part reads "Label: value" (a report in a language whose words were not given: its
 * parts are then reported, not taken into the card's text).
 */
function isDetailsLine(line: string, labels: ReadonlySet<string>): boolean {
  const pieces = line.split(DETAIL_SEPARATOR);
  return (
    pieces.some((piece) => labels.has(labelOf(piece))) ||
    pieces.every((piece) => LABELLED.test(piece))
  );
}

/**
 * The line split at its separators, unescaped. A piece shaped "Label: value" whose label is
 * not known is reported; any other piece belongs to the piece before it (a workshop title
 * holding " · ").
 */
function detailParts(
  details: string,
  labels: ReadonlySet<string>,
  unknownDetail: (value: string) => void,
): { label: string; value: string }[] {
  const parts: { label: string; value: string }[] = [];
  for (const piece of unescapeMarkdown(details).split(DETAIL_SEPARATOR)) {
    const label = labelOf(piece);
    const last = parts.at(-1);
    if (labels.has(label)) parts.push({ label, value: piece.slice(label.length + 2).trim() });
    else if (last && !LABELLED.test(piece)) last.value += `${DETAIL_SEPARATOR}${piece}`;
    else if (piece.trim() !== '') unknownDetail(piece.trim());
  }
  return parts;
}

/** Undoes escapeMarkdownLine: a backslash before ASCII punctuation. */
function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}
