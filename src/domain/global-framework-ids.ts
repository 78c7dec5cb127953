import { z } from '../lib/zod';

/*
 * The identifiers of the global frameworks a recommendation can be tagged with (the 23 GCM
 * objectives by number, the migration-related SDG targets by code), as every stored card is
 * checked against them. Their titles are in global-frameworks.ts, loaded with what shows them.
 */

export const GcmObjectiveSchema = z.int().check(z.gte(1), z.lte(23));

export const SdgTargetSchema = z.enum([
  '1.3',
  '5.2',
  '8.7',
  '8.8',
  '10.7',
  '10.c',
  '16.2',
  '16.9',
  '17.18',
]);
export type SdgTarget = z.infer<typeof SdgTargetSchema>;
