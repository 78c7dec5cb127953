import { withBuiltInActors } from '../../domain/actor';
import type { CsvExportLabels } from '../../domain/formats/csv-export';
import { CSV_EXPORT_FIELDS, type CsvExportField } from '../../domain/formats/csv-fields';
import type { ExtraHeaderNames } from '../../domain/formats/csv-header-match';
import type { ImportVocab } from '../../domain/formats/import-references';
import type { MarkdownReportLabels } from '../../domain/formats/markdown-report';
import { termsFromLabels } from '../../domain/formats/term-lookup';
import { PRIORITIES, type Priority, RESPONSES, type Response } from '../../domain/response';
import type { SnapshotData } from '../../domain/snapshot';
import { STAGE_IDS, type StageId } from '../../domain/taxonomy';
import type { I18n } from '../../i18n/i18n-context';

type T = I18n['t'];
type VocabWording = Pick<I18n, 't' | 'columnName' | 'actorAbbr' | 'actorName'>;

function labelsOf<K extends string>(ids: readonly K[], word: (id: K) => string): Record<K, string> {
  return Object.fromEntries(ids.map((id) => [id, word(id)])) as Record<K, string>;
}

export const stageLabels = (t: T) => labelsOf<StageId>(STAGE_IDS, (id) => t(`stage.${id}`));
export const responseLabels = (t: T) => labelsOf<Response>(RESPONSES, (id) => t(`response.${id}`));
export const priorityLabels = (t: T) => labelsOf<Priority>(PRIORITIES, (id) => t(`priority.${id}`));

/** The CSV's headers and vocabulary in the UI language. */
export function csvLabels(t: T): CsvExportLabels {
  return {
    headers: labelsOf<CsvExportField>(CSV_EXPORT_FIELDS, (field) => t(`snapshots.csv.${field}`)),
    stages: stageLabels(t),
    responses: responseLabels(t),
    priorities: priorityLabels(t),
  };
}

/** The export's own headers, so a Recboard CSV in this language maps itself on import. */
export function csvHeaderNames(t: T): ExtraHeaderNames {
  return csvLabels(t).headers;
}

/**
 * What the board knows, for names in a CSV or a Markdown report: vocabulary in the UI
 * language and in codes; columns and actors also as the interface shows them (the report
 * writes a built-in column's and actor's translated names).
 */
export function importVocab(i18n: VocabWording, board: SnapshotData): ImportVocab {
  const { t } = i18n;
  const live = <R extends { deletedAt: string | null }>(rows: readonly R[]) =>
    rows.filter((row) => row.deletedAt === null);
  return {
    stages: termsFromLabels(STAGE_IDS, stageLabels(t)),
    responses: termsFromLabels(RESPONSES, responseLabels(t)),
    priorities: termsFromLabels(PRIORITIES, priorityLabels(t)),
    columns: live(board.columns).map((column) => ({
      ...column,
      shownAs: i18n.columnName(column),
    })),
    actors: withBuiltInActors(live(board.actors)).map((actor) => ({
      ...actor,
      shownAs: [i18n.actorAbbr(actor), i18n.actorName(actor)],
    })),
    workshops: live(board.workshops),
  };
}

export function markdownLabels(t: T): MarkdownReportLabels {
  return {
    workshop: t('field.workshopId'),
    response: t('field.response'),
    lead: t('field.leadActorId'),
    due: t('field.dueDate'),
    actionItems: t('actions.title'),
    stages: t('field.stageIds'),
    responses: responseLabels(t),
    stageNames: stageLabels(t),
  };
}
