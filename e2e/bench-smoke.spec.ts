import { expect, test } from '@playwright/test';
import { measureInitialJs } from '../bench/initial-js';
import { quickSettle } from '../bench/measures';
import { BENCH_DIST } from '../bench/paths';
import { runBoardOnce } from '../bench/run-board';

/*
 * Keeps `npm run bench` working: one run of every benchmark measure on a 500-card board.
 * Figures are not judged here (timings are not pass/fail); only that each is a real number
 * and that the cards really moved.
 */

// The bench build (app + harness page), served by the second webServer of playwright.config.ts.
test.use({
  baseURL: `http://127.0.0.1:${Number(process.env.E2E_BENCH_PORT ?? 4174)}`,
  serviceWorkers: 'block',
});

test('the benchmark harness measures a 500-card board', async ({ context }) => {
  test.setTimeout(180_000);
  quickSettle();
  const outcome = await runBoardOnce(context, 500);

  expect(outcome.counts.recommendations).toBe(500);
  for (const [measure, value] of Object.entries(outcome.values)) {
    expect(Number.isFinite(value), `${measure} is ${value}`).toBe(true);
    expect(value, measure).toBeGreaterThanOrEqual(0);
  }
  const initialJs = measureInitialJs(BENCH_DIST);
  expect(initialJs.gzipKb).toBeGreaterThan(0);

  const [dragged, keyed, undone, watched] = outcome.moves;
  expect(dragged?.to).toBe('In progress');
  expect(keyed?.to).not.toBe(keyed?.from);
  expect(undone?.to).toBe('To triage');
  expect(watched?.to).toBe('In progress');
  // Each tab read something for the watched move: the counter sees the app's reads.
  expect(outcome.values.moveTxRows).toBeGreaterThan(0);
  expect(outcome.values.moveRowsTabB).toBeGreaterThan(0);
  // The mouse move was persisted: a reload finds the card where it was dropped.
  const page = await context.newPage();
  await page.goto('/');
  const board = page.getByRole('region', { name: 'Recommendation board' });
  await expect(
    board
      .getByRole('region', { name: 'In progress', exact: true })
      .getByRole('article', { name: dragged?.title ?? '', exact: true }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    board
      .getByRole('region', { name: 'To triage', exact: true })
      .getByRole('article', { name: dragged?.title ?? '', exact: true }),
  ).toHaveCount(0);
  // So was the move tab B watched.
  await expect(
    board
      .getByRole('region', { name: 'In progress', exact: true })
      .getByRole('article', { name: watched?.title ?? '', exact: true }),
  ).toBeVisible({ timeout: 30_000 });
});
