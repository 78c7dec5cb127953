import { describe, expect, it } from 'vitest';
import { syntheticReport } from '../../testing/synthetic-report';
import { extractRecommendations } from './extract-recommendations';

/*
 * A synthetic report of about 300 KB (src/testing/synthetic-report.ts). Its speed is measured
 * by `npm run bench`; this test asserts only that a report this size is read whole and right.
 */

describe('a 300 KB report', () => {
  it('is read whole: five candidates on each page', () => {
    const pages = 170;
    const text = syntheticReport(pages);
    expect(text.length).toBeGreaterThan(290_000);
    const { candidates } = extractRecommendations(text);
    expect(candidates).toHaveLength(pages * 5);
    expect(candidates.filter((c) => c.form === 'list')).toHaveLength(pages * 3);
    expect(candidates.at(-1)?.locator).toBe(
      `p. ${pages}, list "Recommendations of Session ${pages}", item 3`,
    );
  });
});
