import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PatternDefs, patternId } from './chart-patterns';

/** Each pattern's drawing, by id, without the white ground every pattern shares. */
function drawings(): Map<string, string> {
  const { container } = render(
    <svg aria-hidden="true">
      <PatternDefs prefix="flow" />
    </svg>,
  );
  const byId = new Map<string, string>();
  for (const pattern of container.querySelectorAll('pattern')) {
    const [, ...ink] = [...pattern.children].map((child) => child.outerHTML);
    byId.set(pattern.id, ink.join(''));
  }
  return byId;
}

describe('chart patterns', () => {
  it('gives each of eighteen series a fill of its own, drawn differently', () => {
    const byId = drawings();
    const ids = Array.from({ length: 18 }, (_, series) => patternId('flow', series));
    expect(new Set(ids).size).toBe(18);
    for (const id of ids) expect(byId.has(id)).toBe(true);
    const inks = ids.map((id) => byId.get(id));
    expect(new Set(inks).size).toBe(18);
  });

  it('repeats the fills from the nineteenth series', () => {
    expect(patternId('flow', 18)).toBe(patternId('flow', 0));
    expect(patternId('flow', 19)).toBe(patternId('flow', 1));
  });

  it('keeps two charts apart by their prefix', () => {
    expect(patternId('flow', 3)).not.toBe(patternId('quarters', 3));
  });
});
