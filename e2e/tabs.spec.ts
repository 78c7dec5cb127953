import { type BrowserContext, expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';

/** Two tabs on the same board, and the title of a card in triage to move. */
async function openTwoTabs(context: BrowserContext) {
  const first = new BoardPage(await context.newPage());
  await first.open();
  const second = new BoardPage(await context.newPage());
  await second.open();
  const [title] = await first.titlesIn('To triage');
  if (!title) throw new Error('no card in triage');
  return { first, second, title };
}

test.describe('several tabs', () => {
  test('a move in one tab appears in the other within a second, without reload', async ({
    context,
  }) => {
    const { first, second, title } = await openTwoTabs(context);

    // The tab a person moves in is in front: headless Chromium throttles a tab sent input
    // while another is active (one frame a second), which no person's tab is.
    await first.page.bringToFront();
    await first.moveTo(title, 'Partially implemented', /^Top/);
    await expect(second.cardIn('Partially implemented', title)).toBeVisible({ timeout: 1_000 });
    await expect(second.cardIn('To triage', title)).toHaveCount(0);
  });

  test('two tabs moving the same card end in one consistent place', async ({ context }) => {
    const { first, second, title } = await openTwoTabs(context);
    const targets = ['Implemented', 'In progress'];
    // Both tabs act at once, so one of them is behind (and throttled) whichever is in front.

    await Promise.all([
      first.moveTo(title, 'Implemented', /^Top/),
      second.moveTo(title, 'In progress', /^Top/),
    ]);
    // One move wins: both tabs show the card once, in the same one of the two columns, and
    // in no other (the loser's column and triage included).
    let winner: string[] = [];
    await expect(async () => {
      winner = await first.columnsShowing(title);
      expect(winner).toHaveLength(1);
      expect(targets).toContain(winner[0]);
      expect(await second.columnsShowing(title)).toEqual(winner);
    }).toPass({ timeout: 5_000 });

    // What both tabs show is what was stored.
    for (const board of [first, second]) {
      await board.reload();
      expect(await board.columnsShowing(title)).toEqual(winner);
    }
  });
});
