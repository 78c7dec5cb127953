import type { CSSProperties } from 'react';

/** A virtual row's place and its cells' widths (the header row uses the same template). */
export function rowStyle(offset: number, template: string): CSSProperties {
  return { transform: `translateY(${offset}px)`, gridTemplateColumns: template };
}
