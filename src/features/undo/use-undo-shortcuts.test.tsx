import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../../domain/default-columns';
import { UndoContext } from '../../queries/undo-context';
import { createUndoStack } from '../../queries/undo-stack';
import { createTestBoard } from '../../testing/test-database';
import { useUndoShortcuts } from './use-undo-shortcuts';

const TRIAGE = defaultColumnId('triage');
const IN_PROGRESS = defaultColumnId('in_progress');

function Shortcuts() {
  useUndoShortcuts();
  return <input aria-label="Title" />;
}

/** A card moved from "To triage" to "In progress", on this tab's stack, with the keys listening. */
async function movedCard() {
  const { db, repositories, boardId } = await createTestBoard();
  const stack = createUndoStack(repositories);
  repositories.journal.onCommitted(stack.record);
  const [card] = await db.recommendations.where({ boardId, columnId: TRIAGE }).toArray();
  if (!card) throw new Error('no card in To triage');
  await repositories.recommendations.move({
    id: card.id,
    toColumnId: IN_PROGRESS,
    afterId: null,
    beforeId: null,
  });
  const view = render(
    <UndoContext.Provider value={stack}>
      <Shortcuts />
    </UndoContext.Provider>,
  );
  const columnOf = async () => (await db.recommendations.get(card.id))?.columnId;
  await waitFor(() => expect(stack.getState().undo).toHaveLength(1));
  return { view, stack, columnOf };
}

describe('the undo and redo keys', () => {
  it('undo with Ctrl+Z and redo with Ctrl+Y', async () => {
    const { columnOf } = await movedCard();
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(async () => expect(await columnOf()).toBe(TRIAGE));
    fireEvent.keyDown(document.body, { key: 'y', code: 'KeyY', ctrlKey: true });
    await waitFor(async () => expect(await columnOf()).toBe(IN_PROGRESS));
  });

  it('read the physical key on a layout that types Bangla', async () => {
    // As in match-shortcut.test.ts: the Z key types য, and ঝ with Shift.
    const { columnOf } = await movedCard();
    fireEvent.keyDown(document.body, { key: 'য', code: 'KeyZ', ctrlKey: true });
    await waitFor(async () => expect(await columnOf()).toBe(TRIAGE));
    fireEvent.keyDown(document.body, { key: 'ঝ', code: 'KeyZ', ctrlKey: true, shiftKey: true });
    await waitFor(async () => expect(await columnOf()).toBe(IN_PROGRESS));
  });

  it('leave Ctrl+Z to a field being typed in, and ignore Ctrl+Alt+Z', async () => {
    const { view, stack, columnOf } = await movedCard();
    // fireEvent says whether the press kept its default: the keys take it only when they act.
    const press = (target: Element, init: KeyboardEventInit) =>
      fireEvent.keyDown(target, { code: 'KeyZ', ctrlKey: true, ...init });
    expect(press(view.getByLabelText('Title'), { key: 'z' })).toBe(true);
    expect(press(document.body, { key: 'z', altKey: true })).toBe(true);
    // And the same press where it belongs to the board is taken, and undoes.
    expect(press(document.body, { key: 'z' })).toBe(false);
    await waitFor(async () => expect(await columnOf()).toBe(TRIAGE));
    expect(stack.getState().undo).toHaveLength(0);
  });
});
