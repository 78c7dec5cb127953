import type { I18n } from '../../i18n/i18n-context';
import { type FormIssue, firstIssueByField, maxLengthOf } from '../../lib/first-issue-by-field';
import type { z } from '../../lib/zod';

/**
 * Turns zod issues into one translated message per field (the first issue wins), so each
 * error shows next to the field it is about.
 */
export function fieldErrors(error: z.core.$ZodError, t: I18n['t']): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, issue] of firstIssueByField(error))
    errors[field] = messageFor(field, issue, t);
  return errors;
}

function messageFor(field: string, issue: FormIssue, t: I18n['t']): string {
  const max = maxLengthOf(issue);
  if (max !== null) return t('validation.tooLong', { max });
  if (field === 'leadActorId' && issue.code === 'custom') return t('validation.leadActor');
  if (issue.code === 'too_small') return t('validation.required');
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return t('validation.invalidDate', { value: String(issue.input ?? '') });
  }
  return t('validation.invalid');
}
