import type { z } from './zod';

export type FormIssue = z.core.$ZodIssue;

/**
 * The first problem with each top-level field of a failed parse, so a form can show one
 * message next to each field rather than a list at the top.
 */
export function firstIssueByField(error: z.core.$ZodError): Map<string, FormIssue> {
  const byField = new Map<string, FormIssue>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!byField.has(field)) byField.set(field, issue);
  }
  return byField;
}

/** The maximum length a too-long text broke, when that is the problem. */
export function maxLengthOf(issue: FormIssue): number | null {
  return issue.code === 'too_big' ? Number(issue.maximum) : null;
}
