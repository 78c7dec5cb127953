/** The card's own fields, written by the export and read by an import. */
const CARRIED_FIELDS = [
  'workshop',
  'workshopDate',
  'text',
  'title',
  'column',
  'response',
  'stages',
  'actors',
  'leadActor',
  'gcmObjectives',
  'sdgTargets',
  'priority',
  'dueDate',
  'labels',
] as const;

/**
 * The columns of the recommendations CSV, in the order the export writes them. Keys are stable
 * codes; the header text is the caller's (English or Bangla, through i18n).
 */
export const CSV_EXPORT_FIELDS = [
  ...CARRIED_FIELDS,
  'actionItemsDone',
  'actionItemsTotal',
  'latestProgressNote',
  'id',
] as const;
export type CsvExportField = (typeof CSV_EXPORT_FIELDS)[number];

/**
 * The fields an import can set. Counts and the latest note are derived, so an import ignores
 * them; who raised a recommendation and where it stands in the source often come in
 * spreadsheets made by hand, so an import takes them although the export does not write them.
 */
export const CSV_IMPORT_FIELDS = [...CARRIED_FIELDS, 'raisedBy', 'sourceLocator', 'id'] as const;
export type CsvImportField = (typeof CSV_IMPORT_FIELDS)[number];

/** Columns whose cells hold numbers written by the app, exempt from formula neutralising. */
export const NUMERIC_CSV_FIELDS: ReadonlySet<CsvExportField> = new Set([
  'gcmObjectives',
  'actionItemsDone',
  'actionItemsTotal',
]);

/** Joins the values of a multi-valued cell. A value containing ";" cannot round-trip. */
export const LIST_SEPARATOR = '; ';

/** Splits a multi-valued cell typed by hand: on semicolons and line breaks, blanks dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
