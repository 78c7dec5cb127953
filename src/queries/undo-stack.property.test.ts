import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operationArbitrary, runOperation, syncedState } from '../testing/board-operations';
import { createTestBoard } from '../testing/test-database';
import { createUndoStack } from './undo-stack';

/*
 * Any sequence of changes a person can make, undone step by step, leaves every synced table
 * exactly as it began (rows, order, tags, times, tombstones); redone step by step, exactly as
 * it ended. fast-check shrinks a failing sequence to the shortest one that still fails.
 */
describe('undo and redo of any sequence of actions', () => {
  it('restore the board exactly, both ways', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(operationArbitrary, { minLength: 1, maxLength: 50 }),
        async (ops) => {
          const { db, repositories, boardId } = await createTestBoard();
          try {
            const stack = createUndoStack(repositories);
            const stop = repositories.journal.onCommitted(stack.record);
            const start = await syncedState(db);
            for (const op of ops) await runOperation(db, repositories, boardId, op);
            const end = await syncedState(db);
            const steps = stack.getState().undo.length;

            for (let step = 0; step < steps; step += 1) {
              expect((await stack.undo()).kind).toBe('done');
            }
            expect(stack.getState().undo).toHaveLength(0);
            expect(await syncedState(db)).toEqual(start);

            for (let step = 0; step < steps; step += 1) {
              expect((await stack.redo()).kind).toBe('done');
            }
            expect(await syncedState(db)).toEqual(end);
            stop();
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40, endOnFailure: false },
    );
  }, 240_000);
});
