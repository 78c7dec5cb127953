/**
 * Whether a key press belongs to a field the person is typing in, where a single-key shortcut
 * must never fire: inputs, text areas, selects and editable content.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
