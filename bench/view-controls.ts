import type { Locator } from '@playwright/test';
import { FindBar } from '../e2e/page-models/find-bar';

/*
 * The controls the view measures use, by role and accessible name: the find bar's come from
 * its e2e page model (e2e/page-models/find-bar.ts), the rest are the views' own.
 */

/** The find bar's line "12 of 200 recommendations", or "No recommendation of the 200 …". */
export const MATCHED_STATUS = '^([\\d,]+ of [\\d,]+ recommendations?|No recommendation of the )';
/** The same line with no filter: "200 recommendations". */
export const ALL_STATUS = /^[\d,]+ recommendations?$/;
/** The find bar's status line: a paragraph with role status (not the toasts or the board's). */
export const FIND_STATUS_SELECTOR = 'p[role="status"][aria-live="polite"]';

export class ViewControls extends FindBar {
  findStatus(): Locator {
    return this.status();
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
