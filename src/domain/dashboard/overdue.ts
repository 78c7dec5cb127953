import type { ColumnKind } from '../column';
import { dueStatus } from '../due-status';

/**
 * Overdue as due-status.ts rules it. A due date on or after today is never overdue, and dates
 * compare as strings, so only the cards due before today pay for the rule's date arithmetic.
 */
export function isOverdue(dueDate: string | null, kind: ColumnKind, today: string): boolean {
  return dueDate !== null && dueDate < today && dueStatus(dueDate, kind, today) === 'overdue';
}
