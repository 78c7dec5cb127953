import fc from 'fast-check';
import type { Column } from '../domain/column';
import { retagForLane } from '../domain/find/lane-retag';
import { NONE_LANE } from '../domain/find/lanes';
import type { Recommendation } from '../domain/recommendation';
import { RESPONSES } from '../domain/response';
import { STAGE_IDS } from '../domain/taxonomy';
import type { Workshop } from '../domain/workshop';
import { newId } from '../lib/ids';
import type { BulkEdit } from '../repositories/bulk-edit-repository';
import type { Repositories } from '../repositories/repositories';
import { choose, pick, text } from './operation-picks';

/*
 * The operations of the undo property test that write many rows, or rows of several kinds, in
 * one action: a drop into another lane, an edit of the selected cards, and every import. Each
 * is one journal entry, so one undo step, like the single-row ones (board-operations.ts).
 */

export type ManyRowOperation =
  /** A drop into another swimlane: the move and the lane's stage in one write. */
  | { kind: 'laneMove'; pick: number; column: number; stage: number }
  | { kind: 'bulkEdit'; picks: number[]; edit: number; value: number }
  | { kind: 'reportImport'; text: string; count: number }
  /** Rows added as a spreadsheet's import adds them (new ids, after the board's). */
  | { kind: 'addRows'; pick: number; text: string }
  /** The board's own snapshot, one card retitled later and one dropped, merged or replacing. */
  | { kind: 'snapshotMerge' | 'snapshotReplace'; pick: number; text: string };

/** One arbitrary per kind, so each kind is drawn as often as every single-row one. */
export const manyRowOperationArbitraries: fc.Arbitrary<ManyRowOperation>[] = [
  fc.record({ kind: fc.constant('laneMove'), pick, column: pick, stage: pick }),
  fc.record({
    kind: fc.constant('bulkEdit'),
    picks: fc.array(pick, { minLength: 1, maxLength: 4 }),
    edit: pick,
    value: pick,
  }),
  fc.record({ kind: fc.constant('reportImport'), text, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('addRows'), pick, text }),
  fc.record({ kind: fc.constantFrom('snapshotMerge', 'snapshotReplace'), pick, text }),
];

/** The edits "Edit the selected" offers, one drawn by number. */
function bulkEditOf(edit: number, value: number, columns: readonly { id: string }[]): BulkEdit {
  const stageId = STAGE_IDS[value % STAGE_IDS.length] ?? 'return';
  const edits: BulkEdit[] = [
    { kind: 'addStage', stageId },
    { kind: 'removeStage', stageId },
    { kind: 'response', response: RESPONSES[value % RESPONSES.length] ?? 'accepted' },
    { kind: 'addActor', actorId: 'bmet' },
    { kind: 'due', dueDate: value % 2 === 0 ? null : '2026-09-30' },
    { kind: 'archive' },
  ];
  const column = columns[value % Math.max(1, columns.length)];
  if (column) edits.push({ kind: 'move', columnId: column.id });
  return edits[edit % edits.length] ?? { kind: 'archive' };
}

/** What the board holds when the operation runs, as runOperation read it. */
interface Rows {
  onBoard: readonly Recommendation[];
  columns: readonly Column[];
  workshops: readonly Workshop[];
}

/** Applies one many-row operation through the repositories, as the screen would. */
export async function runManyRowOperation(
  r: Repositories,
  boardId: string,
  op: ManyRowOperation,
  { onBoard, columns, workshops }: Rows,
): Promise<void> {
  switch (op.kind) {
    case 'laneMove': {
      const card = choose(onBoard, op.pick);
      const column = choose(columns, op.column);
      const to = STAGE_IDS[op.stage % STAGE_IDS.length];
      if (!card || !column || !to) return;
      const patch = retagForLane(card, 'stage', card.stageIds[0] ?? NONE_LANE, to);
      await r.recommendations.move({
        id: card.id,
        toColumnId: column.id,
        afterId: null,
        beforeId: null,
        ...(patch ? { patch } : {}),
      });
      return;
    }
    case 'bulkEdit': {
      const ids = [...new Set(op.picks.flatMap((index) => choose(onBoard, index)?.id ?? []))];
      if (ids.length === 0) return;
      await r.bulkEdit.editMany(ids, bulkEditOf(op.edit, op.value, columns));
      return;
    }
    case 'reportImport': {
      const cards = Array.from({ length: op.count }, (_, index) => ({
        text: `${op.text} ${index}`,
        raisedBy: '',
        sourceLocator: `p. ${index + 1}`,
        stageIds: [],
        actorIds: [],
        leadActorId: null,
        gcmObjectives: [],
      }));
      const workshop = workshops[0];
      await r.reportImport.importRecommendations(boardId, {
        workshop: workshop
          ? { existingId: workshop.id }
          : { create: { title: op.text, date: '2026-03-01', kind: 'workshop' } },
        cards,
      });
      return;
    }
    case 'addRows': {
      const model = choose(onBoard, op.pick);
      if (!model) return;
      // A copy under a new id, as a spreadsheet row becomes a card.
      await r.snapshotImport.addRows({
        recommendations: [{ ...model, id: newId(), title: op.text }],
      });
      return;
    }
    case 'snapshotMerge':
    case 'snapshotReplace': {
      const data = await r.snapshotImport.current();
      const [edited, dropped] = [
        choose(data.recommendations, op.pick),
        choose(data.recommendations, op.pick + 1),
      ];
      const later = { ...edited, title: op.text, updatedAt: '2099-01-01T00:00:00.000Z' };
      const recommendations = data.recommendations.flatMap((card) =>
        card.id === edited?.id
          ? [later as typeof card]
          : card.id === dropped?.id && dropped.id !== edited?.id
            ? []
            : [card],
      );
      const kept = new Set(recommendations.map((card) => card.id));
      const file = {
        ...data,
        recommendations,
        actionItems: data.actionItems.filter((item) => kept.has(item.recommendationId)),
        progressNotes: data.progressNotes.filter((note) => kept.has(note.recommendationId)),
      };
      if (op.kind === 'snapshotMerge') await r.snapshotImport.merge(file);
      else await r.snapshotImport.replace(file);
      return;
    }
  }
}
