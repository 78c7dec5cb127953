import { z } from '../lib/zod';

/**
 * The response to a recommendation (did the body accept it?), kept apart from its
 * implementation status (the column), as OHCHR's NRTD, IMPACT OSS and UPR Info all do.
 */
export const RESPONSES = [
  'awaiting',
  'accepted',
  'accepted_in_part',
  'noted',
  'not_applicable',
] as const;
export const ResponseSchema = z.enum(RESPONSES);
export type Response = z.infer<typeof ResponseSchema>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;
