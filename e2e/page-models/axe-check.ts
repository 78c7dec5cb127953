import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe over the page as it is (or the part `include` names), asking only for its violations.
 * Legacy mode runs axe in the page itself: the default opens a blank page to merge the results
 * of every frame, which this app has none of, and with passes reported node by node it took
 * 7–9 s a scan here instead of about 2 (the audit itself is about 1.5 s).
 */
function scan(page: Page, include?: string) {
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  return (include ? builder.include(include) : builder).analyze();
}

/** Every violation axe finds, whatever its impact: one rule id each. */
export async function allViolations(page: Page, include?: string): Promise<string[]> {
  return (await scan(page, include)).violations.map((violation) => violation.id);
}

/** axe's serious and critical violations, each with where it is. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const results = await scan(page, include);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
