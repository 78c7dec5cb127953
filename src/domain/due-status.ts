import { daysBetween } from '../lib/dates';
import type { ColumnKind } from './column';

export type DueStatus = 'overdue' | 'due_soon' | null;

/** How near a due date is that the card shows "due soon". */
export const DUE_SOON_DAYS = 30;

/**
 * Derived, never stored: overdue once the due date has passed and the recommendation is not
 * implemented (nor closed); due soon within 30 days of it.
 */
export function dueStatus(
  dueDate: string | null,
  columnKind: ColumnKind,
  today: string,
): DueStatus {
  if (dueDate === null || columnKind === 'done' || columnKind === 'closed') return null;
  const days = daysBetween(today, dueDate);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due_soon';
  return null;
}
