import { z } from '../lib/zod';
import { RankSchema } from './ordering';
import { RecordMetaSchema, requiredTextSchema } from './primitives';

/**
 * What a column means for the workflow: `triage` holds new recommendations, `open` and `done`
 * are implementation stages, `closed` columns (such as "Noted / not accepted") sit apart from
 * the flow.
 */
export const COLUMN_KINDS = ['triage', 'open', 'done', 'closed'] as const;
export const ColumnKindSchema = z.enum(COLUMN_KINDS);
export type ColumnKind = z.infer<typeof ColumnKindSchema>;

export const ColumnSchema = z.extend(RecordMetaSchema, {
  name: requiredTextSchema(80),
  rank: RankSchema,
  kind: ColumnKindSchema,
  /** A soft limit: past it the column warns, it never refuses a card. */
  wipLimit: z.nullable(z.int().check(z.positive())),
});
export type Column = z.output<typeof ColumnSchema>;

export function isClosedColumn(column: Pick<Column, 'kind'>): boolean {
  return column.kind === 'closed';
}
