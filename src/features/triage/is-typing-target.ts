/**
 * Whether a key press belongs to a field the person is typing in: triage keys never fire
 * there. (features/shortcuts has the same rule; features may not import each other.)
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
