import { z } from '../lib/zod';
import { ColumnSchema } from './column';

export const ColumnInputSchema = z.pick(ColumnSchema, { name: true, kind: true, wipLimit: true });
export type ColumnInput = z.input<typeof ColumnInputSchema>;

export const ColumnPatchSchema = z.partial(ColumnInputSchema);
export type ColumnPatch = z.input<typeof ColumnPatchSchema>;
