import type { z } from 'zod';
import { ColumnSchema } from './column';

export const ColumnInputSchema = ColumnSchema.pick({ name: true, kind: true, wipLimit: true });
export type ColumnInput = z.input<typeof ColumnInputSchema>;

export const ColumnPatchSchema = ColumnInputSchema.partial();
export type ColumnPatch = z.input<typeof ColumnPatchSchema>;
