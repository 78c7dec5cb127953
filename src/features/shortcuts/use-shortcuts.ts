import { useEffect, useRef } from 'react';
import { isTypingTarget } from './is-typing-target';
import { isSingleKey, matchShortcut } from './match-shortcut';
import { SHORTCUTS, type ShortcutId } from './shortcut-registry';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** A modal dialog (the editor, triage, the help) owns the keyboard while it is open. */
function modalIsOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Runs the handler of the global shortcut a key press names. Never while the person types
 * in a field, never over an open dialog, never for a key another handler already took.
 * Only shortcuts given a handler take their key; the others let it through. With
 * `singleKeys` false, the one-key shortcuts that act from anywhere let their keys through too.
 */
export function useShortcuts(handlers: ShortcutHandlers, singleKeys = true): void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  useEffect(() => {
    // Keys on a focused card stay: WCAG 2.1.4 asks only of keys that act from anywhere.
    const shortcuts = singleKeys
      ? SHORTCUTS
      : SHORTCUTS.filter((shortcut) => shortcut.scope !== 'global' || !isSingleKey(shortcut));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      if (modalIsOpen()) return;
      const id = matchShortcut(event, shortcuts);
      const handler = id === null ? undefined : handlersRef.current[id];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [singleKeys]);
}
