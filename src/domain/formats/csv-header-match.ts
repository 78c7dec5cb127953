import { CSV_IMPORT_FIELDS, type CsvImportField } from './csv-fields';
import { looseKey } from './loose-key';

/**
 * Which column of the file feeds which Recboard field, by header text. A plain object, so the
 * UI can show it, let the person change it, and remember it for the next file.
 */
export type HeaderMapping = Partial<Record<CsvImportField, string>>;

/** More names per field, such as the headers of the export in the person's language. */
export type ExtraHeaderNames = Partial<Record<CsvImportField, string | readonly string[]>>;

/*
 * Header names people use, compared after `looseKey` folding (case, spaces and punctuation do
 * not matter; a bracketed part is also tried without). Bangla names go in the same lists.
 */
const HEADER_SYNONYMS: Readonly<Record<CsvImportField, readonly string[]>> = {
  workshop: ['Workshop', 'Workshop title', 'Workshop name', 'Meeting', 'Event', 'Source meeting'],
  workshopDate: ['Workshop date', 'Date', 'Meeting date', 'Event date', 'Date of workshop'],
  text: [
    'Recommendation',
    'Recommendations',
    'Recommendation text',
    'Text',
    'Full text',
    'Description',
    'Details',
  ],
  title: ['Title', 'Short title', 'Summary', 'Name', 'Card', 'Card name', 'Heading'],
  column: ['Column', 'Status', 'Implementation status', 'State', 'List', 'Board column'],
  response: ['Response', 'Government response', 'Position'],
  stages: [
    'Stages',
    'Stage',
    'Migration stages',
    'Migration-cycle stages',
    'Migration cycle stage',
    'Phase',
    'Phases',
    'Migration phase',
  ],
  actors: [
    'Responsible actors',
    'Responsible actor',
    'Responsible',
    'Responsible agencies',
    'Actors',
    'Actor',
    'Agencies',
    'Stakeholders',
  ],
  leadActor: ['Lead actor', 'Lead', 'Lead agency', 'Focal point', 'Owner'],
  gcmObjectives: ['GCM objectives', 'GCM objective', 'GCM', 'Global Compact objectives'],
  sdgTargets: ['SDG targets', 'SDG target', 'SDG', 'SDGs'],
  priority: ['Priority', 'Urgency'],
  dueDate: ['Due date', 'Due', 'Deadline', 'Target date', 'By when'],
  labels: ['Labels', 'Label', 'Tags', 'Tag', 'Keywords', 'Themes', 'Theme'],
  raisedBy: ['Raised by', 'Proposed by', 'Recommended by', 'Speaker'],
  sourceLocator: ['Source locator', 'Reference', 'Page', 'Paragraph', 'Section'],
  id: ['Id', 'Recboard id', 'Card id', 'UUID'],
};

function withoutBrackets(header: string): string {
  return header.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
}

/**
 * Matches each header to the first field one of its names fits; each field takes the first
 * header that fits it. Extra names (the caller's own headers) are tried before the built-in ones.
 */
export function matchHeaders(
  headers: readonly string[],
  extra: ExtraHeaderNames = {},
): HeaderMapping {
  const fieldByKey = new Map<string, CsvImportField>();
  const addNames = (field: CsvImportField, names: string | readonly string[] | undefined) => {
    for (const name of typeof names === 'string' ? [names] : (names ?? [])) {
      const key = looseKey(name);
      if (key.length > 0 && !fieldByKey.has(key)) fieldByKey.set(key, field);
    }
  };
  for (const field of CSV_IMPORT_FIELDS) addNames(field, extra[field]);
  for (const field of CSV_IMPORT_FIELDS) addNames(field, HEADER_SYNONYMS[field]);

  const mapping: HeaderMapping = {};
  for (const header of headers) {
    const field =
      fieldByKey.get(looseKey(header)) ?? fieldByKey.get(looseKey(withoutBrackets(header)));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}
