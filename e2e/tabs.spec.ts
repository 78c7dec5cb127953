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

    await first.moveTo(title, 'Partially implemented', /^Top/);
    await expect(
      second.column('Partially implemented').getByRole('article', { name: title }),
    ).toBeVisible({
      timeout: 1_000,
    });
    await expect(second.column('To triage').getByRole('article', { name: title })).toHaveCount(0);
  });

  test('two tabs moving the same card end in one consistent place', async ({ context }) => {
    const { first, second, title } = await openTwoTabs(context);

    await Promise.all([
      first.moveTo(title, 'Implemented', /^Top/),
      second.moveTo(title, 'In progress', /^Top/),
    ]);
    for (const board of [first, second]) {
      await expect(board.card(title)).toHaveCount(1);
    }
    const place = async (board: BoardPage) =>
      (await board.column('Implemented').getByRole('article', { name: title }).count()) > 0
        ? 'Implemented'
        : 'In progress';
    await expect.poll(async () => (await place(first)) === (await place(second))).toBe(true);
    await first.reload();
    await expect(first.card(title)).toHaveCount(1);
  });
});
