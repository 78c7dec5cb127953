import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES, Icon } from './icon';

// The files' text: vitest hands a CSS module's classes, not its rules, to a plain import.
const raw = (files: Record<string, string>) => Object.values(files).join('');
const css = raw(
  import.meta.glob<string>('./icon.module.css', { query: '?raw', import: 'default', eager: true }),
);
const sprite = raw(
  import.meta.glob<string>('./icons/sprite.svg', { query: '?raw', import: 'default', eager: true }),
);

describe('Icon', () => {
  it('shows each name from its own cell of the sprite', () => {
    const count = ICON_NAMES.length;
    expect(css).toContain(`--icon-count: ${count};`);
    expect(sprite).toContain(`viewBox="0 0 ${24 * count} 24"`);
    ICON_NAMES.forEach((name, index) => {
      expect(css, `.${name} in icon.module.css`).toMatch(
        new RegExp(`\\.${name} \\{\\s*--icon-index: ${index};\\s*\\}`),
      );
      expect(sprite, `#${name} in sprite.svg`).toContain(
        `<g id="${name}" transform="translate(${24 * index} 0)">`,
      );
    });
    expect(sprite.match(/<g id=/g)).toHaveLength(count);
  });

  it('is one element that assistive technology skips', () => {
    const { container } = render(<Icon name="gripVertical" size={18} />);
    expect(container.childElementCount).toBe(1);
    expect(container.firstElementChild?.childElementCount).toBe(0);
    expect(container.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
  });
});
