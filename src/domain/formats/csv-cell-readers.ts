import { toAsciiDigits } from '../../lib/numbers';
import { normalizeText } from '../../lib/text';
import { GcmObjectiveSchema, type SdgTarget, SdgTargetSchema } from '../global-framework-ids';
import { IdSchema } from '../primitives';
import type { CsvImportField } from './csv-fields';
import { splitList } from './csv-fields';
import { restoreCell } from './csv-neutralise';
import type { ImportProblemCode, ImportProblemEffect } from './import-problem';
import { parseCalendarDate } from './parse-calendar-date';

/** Reads one row's cells by field and records what is wrong with them. */
export interface CellReader {
  /** The cell, un-neutralised, NFC and trimmed; '' when the field is not mapped. */
  cell(field: CsvImportField): string;
  report(
    field: CsvImportField,
    value: string,
    code: ImportProblemCode,
    effect?: ImportProblemEffect,
    limit?: number,
  ): void;
}

export function readCell(raw: string | undefined): string {
  return raw === undefined ? '' : normalizeText(restoreCell(raw)).trim();
}

/** Free text up to `max` UTF-16 units (the schema's measure); longer text is reported. */
export function readText(
  reader: CellReader,
  field: CsvImportField,
  max: number,
  effect: ImportProblemEffect = 'value_ignored',
): string | null {
  const value = reader.cell(field);
  if (value.length <= max) return value;
  reader.report(field, value, 'too_long', effect, max);
  return null;
}

export function readDate(reader: CellReader, field: CsvImportField): string | null {
  const value = reader.cell(field);
  if (value === '') return null;
  const date = parseCalendarDate(value);
  if (date === null) reader.report(field, value, 'not_a_date');
  return date;
}

export function readId(reader: CellReader, seen: Set<string>): string | null {
  const value = reader.cell('id').toLowerCase();
  if (value === '') return null;
  if (!IdSchema.safeParse(value).success) {
    reader.report('id', value, 'not_an_id');
    return null;
  }
  if (seen.has(value)) {
    reader.report('id', value, 'duplicate_id');
    return null;
  }
  seen.add(value);
  return value;
}

/** Numbers and codes may be separated by commas as well as semicolons. */
function splitCodes(cell: string): string[] {
  return splitList(cell.replace(/,/g, ';'));
}

export function readGcmObjectives(reader: CellReader): number[] {
  const objectives: number[] = [];
  for (const part of splitCodes(reader.cell('gcmObjectives'))) {
    const digits = toAsciiDigits(part).replace(
      /^(?:gcm|objective|obj)?\s*(?:objective)?\s*#?\s*/i,
      '',
    );
    const n = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
    if (GcmObjectiveSchema.safeParse(n).success) {
      if (!objectives.includes(n)) objectives.push(n);
    } else reader.report('gcmObjectives', part, 'not_a_gcm_objective');
  }
  return objectives;
}

export function readSdgTargets(reader: CellReader): SdgTarget[] {
  const targets: SdgTarget[] = [];
  for (const part of splitCodes(reader.cell('sdgTargets'))) {
    const code = toAsciiDigits(part)
      .toLowerCase()
      .replace(/^(?:sdg|target)?\s*(?:target)?\s*/, '');
    const parsed = SdgTargetSchema.safeParse(code);
    if (!parsed.success) reader.report('sdgTargets', part, 'not_an_sdg_target');
    else if (!targets.includes(parsed.data)) targets.push(parsed.data);
  }
  return targets;
}

/** Labels as typed, each at most `max` long; a longer one is reported and left out. */
export function readLabels(reader: CellReader, max: number): string[] {
  const labels: string[] = [];
  for (const label of splitList(reader.cell('labels'))) {
    if (label.length > max) reader.report('labels', label, 'too_long', 'value_ignored', max);
    else if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
