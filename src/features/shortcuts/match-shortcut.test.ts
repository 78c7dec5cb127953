import { describe, expect, it } from 'vitest';
import { isSingleKey, matchShortcut } from './match-shortcut';
import { SHORTCUTS } from './shortcut-registry';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
  code?: string,
) => ({
  key,
  ...(code === undefined ? {} : { code }),
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('matchShortcut', () => {
  it('finds the global single-key shortcuts', () => {
    expect(matchShortcut(press('/'), SHORTCUTS)).toBe('search');
    expect(matchShortcut(press('n'), SHORTCUTS)).toBe('new_card');
    expect(matchShortcut(press('t'), SHORTCUTS)).toBe('triage');
  });

  it('matches a question mark typed with Shift, whatever the layout', () => {
    expect(matchShortcut(press('?', { shift: true }), SHORTCUTS)).toBe('help');
  });

  it('tells undo from redo by Shift, with Ctrl or ⌘', () => {
    expect(matchShortcut(press('z', { ctrl: true }), SHORTCUTS)).toBe('undo');
    expect(matchShortcut(press('z', { meta: true }), SHORTCUTS)).toBe('undo');
    expect(matchShortcut(press('Z', { ctrl: true, shift: true }), SHORTCUTS)).toBe('redo');
    expect(matchShortcut(press('y', { ctrl: true }), SHORTCUTS)).toBe('redo');
  });

  it('leaves keys with another modifier, or an upper-case letter, alone', () => {
    expect(matchShortcut(press('n', { ctrl: true }), SHORTCUTS)).toBeNull();
    expect(matchShortcut(press('t', { alt: true }), SHORTCUTS)).toBeNull();
    expect(matchShortcut(press('N', { shift: true }), SHORTCUTS)).toBeNull();
    expect(matchShortcut(press('q'), SHORTCUTS)).toBeNull();
  });

  it('matches named keys of the card shortcuts', () => {
    expect(matchShortcut(press('ArrowDown'), SHORTCUTS)).toBe('focus_move');
    expect(matchShortcut(press('Enter'), SHORTCUTS)).toBe('open_card');
    expect(matchShortcut(press('Enter', { shift: true }), SHORTCUTS)).toBeNull();
  });

  it('finds a letter shortcut by its key on a layout that types Bangla', () => {
    // The key labelled N types ন on a Bangla (Avro, Bijoy, national) layout.
    expect(matchShortcut(press('ন', {}, 'KeyN'), SHORTCUTS)).toBe('new_card');
    expect(matchShortcut(press('ট', {}, 'KeyT'), SHORTCUTS)).toBe('triage');
    expect(matchShortcut(press('য', { ctrl: true }, 'KeyZ'), SHORTCUTS)).toBe('undo');
    expect(matchShortcut(press('ঝ', { ctrl: true, shift: true }, 'KeyZ'), SHORTCUTS)).toBe('redo');
    // A Latin layout types what the key says, wherever the key is (AZERTY's A is on KeyQ),
    // also a letter of its own: Turkish-F's E key types ğ, which is no shortcut.
    expect(matchShortcut(press('a', {}, 'KeyQ'), SHORTCUTS)).toBeNull();
    expect(matchShortcut(press('n', {}, 'KeyB'), SHORTCUTS)).toBe('new_card');
    expect(matchShortcut(press('ğ', {}, 'KeyE'), SHORTCUTS)).toBeNull();
    expect(matchShortcut(press('é', {}, 'KeyE'), SHORTCUTS)).toBeNull();
  });

  it('tells the one-key shortcuts a person can turn off from the others', () => {
    const singles = SHORTCUTS.filter(isSingleKey).map((shortcut) => shortcut.id);
    expect(singles).toEqual(expect.arrayContaining(['search', 'new_card', 'triage', 'help']));
    expect(singles).not.toContain('undo');
    expect(singles).not.toContain('focus_move');
  });
});
