import { screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_RECOMMENDATIONS } from '../db/sample/sample-recommendations';
import { defaultColumnId } from '../domain/default-columns';
import { displayTitle } from '../domain/recommendation';
import { readStartup } from '../queries/read-startup';
import { seedStartupQueries } from '../queries/seed-startup-queries';
import { renderWithProviders } from '../testing/render-with-providers';
import { createTestBoard } from '../testing/test-database';
import { AppShell } from './app-shell';

// The painted board fetches the likely views' code when idle (prefetchLikelyViews, warmDashboard).
// Files share their worker's modules: a load still on its way when this file's jsdom is torn
// down failed the next file that imports those modules. Waiting here for the same modules
// (a module loading is loaded once) leaves none on its way.
afterAll(async () => {
  await Promise.all([
    import('../features/editor/card-editor'),
    import('../features/table/table-view'),
    import('../features/dashboard/dashboard-page'),
    import('../features/dashboard/dashboard-worker-client'),
    import('../features/board/bulk-bar'),
  ]);
});

describe('AppShell', () => {
  it('renders the board screen whole from the start-up read, fetching nothing more', async () => {
    const { repositories, boardId, db } = await createTestBoard();
    // Made long ago and never backed up: the backup reminder shows.
    await db.boards.update(boardId, { createdAt: '2025-01-01T00:00:00.000Z' });
    const startup = await readStartup(repositories, boardId);
    const { queryClient } = renderWithProviders(<AppShell />, repositories, (client) =>
      seedStartupQueries(client, boardId, startup),
    );

    // Already in the first render: the columns, and the banners that would push them down.
    const triage = screen.getByRole('region', { name: 'To triage' });
    const inTriage = SAMPLE_RECOMMENDATIONS.filter((rec) => rec.column === 'triage').length;
    expect(triage.textContent).toContain(`${inTriage} recommendations`);
    const [firstId] = startup.board.cardIdsByColumn[defaultColumnId('triage')] ?? [];
    const first = startup.board.cardsById.get(firstId ?? '');
    expect(within(triage).getAllByRole('article')[0]?.textContent).toContain(
      first && displayTitle(first),
    );
    const reminder = screen.getByRole('complementary', { name: 'Backup reminder' });
    expect(reminder.textContent).toContain('You have not downloaded a backup yet.');
    expect(
      within(reminder)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Download a backup', 'Remind me later']);
    // A query fetching now would re-render the screen just after it has painted.
    expect(queryClient.isFetching()).toBe(0);
    db.close();
  });
});
