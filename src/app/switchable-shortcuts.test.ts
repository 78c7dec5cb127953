import { describe, expect, it } from 'vitest';
import { SWITCHABLE_SHORTCUTS } from '../features/settings/shortcut-settings';
import { isSingleKey } from '../features/shortcuts/match-shortcut';
import { SHORTCUTS } from '../features/shortcuts/shortcut-registry';

describe('the one-key shortcuts Settings lists', () => {
  it('are exactly those the switch turns off: one key, acting from anywhere', () => {
    const switchable = SHORTCUTS.filter(
      (shortcut) => shortcut.scope === 'global' && isSingleKey(shortcut),
    ).flatMap((shortcut) => shortcut.keys.map((combo) => [combo.key, shortcut.id]));
    expect([...SWITCHABLE_SHORTCUTS].map(([key, id]) => [key, id])).toEqual(switchable);
  });
});
