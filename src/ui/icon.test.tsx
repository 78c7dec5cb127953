import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES, Icon } from './icon';

const svgFiles = Object.keys(import.meta.glob('./icons/*.svg'));
// The stylesheet's text: vitest hands a CSS module's classes, not its rules, to a plain import.
const css = Object.values(
  import.meta.glob<string>('./icon.module.css', { query: '?raw', import: 'default', eager: true }),
).join('');

describe('Icon', () => {
  it('has a mask rule with an SVG file for every name', () => {
    for (const name of ICON_NAMES) {
      const rule = new RegExp(`\\.${name} \\{\\s*mask-image: url\\("(\\./icons/[\\w-]+\\.svg)"\\)`);
      const file = rule.exec(css)?.[1];
      expect(file, `.${name} in icon.module.css`).toBeDefined();
      expect(svgFiles, `.${name}`).toContain(file);
    }
  });

  it('is one element that assistive technology skips', () => {
    const { container } = render(<Icon name="gripVertical" size={18} />);
    expect(container.childElementCount).toBe(1);
    expect(container.firstElementChild?.childElementCount).toBe(0);
    expect(container.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
  });
});
