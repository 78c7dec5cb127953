import type { Locator, Page } from '@playwright/test';

/*
 * The controls the view measures use, by role and accessible name as the e2e page models find
 * them. The committed models have no find bar or table yet (e2e/page-models/table-page.ts is
 * still being written): these belong there once it lands.
 */

/** The find bar's line "12 of 200 recommendations", or "No recommendation of the 200 …". */
export const MATCHED_STATUS = '^([\\d,]+ of [\\d,]+ recommendations?|No recommendation of the )';
/** The same line with no filter: "200 recommendations". */
export const ALL_STATUS = /^[\d,]+ recommendations?$/;
/** The find bar's status line: a paragraph with role status (not the toasts or the board's). */
export const FIND_STATUS_SELECTOR = 'p[role="status"][aria-live="polite"]';

export class ViewControls {
  constructor(readonly page: Page) {}

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search recommendations' });
  }

  findStatus(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /recommendation/ })
      .first();
  }

  groupBy(): Locator {
    return this.page.getByLabel('Group by', { exact: false });
  }

  viewButton(name: 'Board' | 'Table'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Recommendations as a table' });
  }

  columnHeader(name: string): Locator {
    return this.grid().getByRole('columnheader', { name, exact: true });
  }

  navLink(name: 'Board' | 'Dashboard'): Locator {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name, exact: true });
  }
}
