import type { Response } from '../../domain/response';

export type TriageField = 'lead' | 'due' | 'note';

/** What a key press asks of a triage session. Indexes count from 0. */
export type TriageCommand =
  | { kind: 'response'; response: Response }
  | { kind: 'column'; index: number }
  | { kind: 'stage'; index: number }
  | { kind: 'stage_mode' }
  | { kind: 'field'; field: TriageField }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'skip' }
  | { kind: 'finish' };

/** 'stage' after S: the digits pick stages instead of columns, until S or Escape. */
export type TriageKeyMode = 'card' | 'stage';

export interface TriageKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The single keys of triage, in the order the screen lists them; the digits (columns, or
 * stages after S) come on top. One table, so the legend and the handler cannot disagree.
 */
export const TRIAGE_KEYS: readonly { keys: readonly string[]; command: TriageCommand }[] = [
  { keys: ['a'], command: { kind: 'response', response: 'accepted' } },
  { keys: ['p'], command: { kind: 'response', response: 'accepted_in_part' } },
  { keys: ['n'], command: { kind: 'response', response: 'noted' } },
  { keys: ['x'], command: { kind: 'response', response: 'not_applicable' } },
  { keys: ['l'], command: { kind: 'field', field: 'lead' } },
  { keys: ['d'], command: { kind: 'field', field: 'due' } },
  { keys: ['s'], command: { kind: 'stage_mode' } },
  { keys: ['m'], command: { kind: 'field', field: 'note' } },
  { keys: ['ArrowRight', 'j'], command: { kind: 'next' } },
  { keys: ['ArrowLeft', 'k'], command: { kind: 'previous' } },
  { keys: [' '], command: { kind: 'skip' } },
  { keys: ['f'], command: { kind: 'finish' } },
];

/** How many columns or stages the digits reach: 1 to 9. */
export const DIGIT_CHOICES = 9;

/**
 * The command a key press names, or null. A key held with Ctrl, ⌘ or Alt is never a triage
 * key (Ctrl+Z must reach undo); the caller also skips presses in a text field.
 */
export function triageCommandFor(press: TriageKeyPress, mode: TriageKeyMode): TriageCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (/^[1-9]$/.test(press.key)) {
    const index = Number(press.key) - 1;
    return mode === 'stage' ? { kind: 'stage', index } : { kind: 'column', index };
  }
  for (const entry of TRIAGE_KEYS) {
    if (entry.keys.includes(press.key)) return entry.command;
  }
  return null;
}
