import { describe, expect, it } from 'vitest';
import { boardCards } from '../../domain/formats/board-export';
import { sortByRank } from '../../domain/ordering';
import { STAGE_IDS } from '../../domain/taxonomy';
import { createI18n } from '../../i18n/create-i18n';
import { createTestBoard } from '../../testing/test-database';
import { markdownFile } from './export-files';

const TODAY = '2026-11-30';

async function sampleBoard() {
  const { repositories } = await createTestBoard();
  const data = await repositories.snapshotImport.current();
  const cards = boardCards(data);
  const columns = sortByRank(data.columns.filter((column) => column.deletedAt === null));
  return { scope: { data, cards: null, filterWords: '' }, cards, columns };
}

const headings = (report: string) => report.split('\n').filter((line) => line.startsWith('## '));
const items = (report: string) => report.split('\n').filter((line) => line.startsWith('- '));

describe('the Markdown report', () => {
  it('has a section per column when the board is not grouped', async () => {
    const { scope, cards, columns } = await sampleBoard();
    const i18n = createI18n('en');
    const report = markdownFile(scope, cards, i18n, TODAY);
    expect(headings(report)).toEqual(
      columns.map((column) => {
        const count = cards.filter((card) => card.columnId === column.id).length;
        return `## ${i18n.columnName(column)} (${count})`;
      }),
    );
    expect(items(report)).toHaveLength(cards.length);
  });

  it('follows the grouping: a section per lane and column holding cards, in board order', async () => {
    const { scope, cards, columns } = await sampleBoard();
    const i18n = createI18n('en');
    const report = markdownFile(scope, cards, i18n, TODAY, 'stage');
    const expected: string[] = [];
    for (const stage of [...STAGE_IDS, null]) {
      for (const column of columns) {
        const count = cards.filter(
          (card) =>
            card.columnId === column.id &&
            (stage === null ? card.stageIds.length === 0 : card.stageIds.includes(stage)),
        ).length;
        const lane = stage === null ? i18n.t('lane.none.stage') : i18n.t(`stage.${stage}`);
        if (count > 0) expected.push(`## ${lane} — ${i18n.columnName(column)} (${count})`);
      }
    }
    expect(expected.length).toBeGreaterThan(columns.length);
    expect(headings(report)).toEqual(expected);
    // A card with two stages is in two lanes, as on the board.
    const listed = cards.reduce((sum, card) => sum + Math.max(1, card.stageIds.length), 0);
    expect(items(report)).toHaveLength(listed);
  });
});
