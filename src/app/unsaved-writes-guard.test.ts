import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { createTestBoard } from '../testing/test-database';
import { guardUnsavedWrites } from './unsaved-writes-guard';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return !event.defaultPrevented;
}

describe('guardUnsavedWrites', () => {
  it('asks before the page is left while a write is under way, and not after it', async () => {
    const { repositories, boardId } = await createTestBoard();
    const stop = guardUnsavedWrites(repositories.journal.onPendingChange);
    expect(leave()).toBe(true);

    const created = repositories.recommendations.create(boardId, {
      text: 'Bring banks on board to develop migrant-friendly reintegration packages',
      columnId: defaultColumnId('triage'),
    });
    expect(document.documentElement.dataset.saving).toBe('');
    expect(leave()).toBe(false);
    await created;
    expect(document.documentElement.dataset.saving).toBeUndefined();
    expect(leave()).toBe(true);

    // A failed write ends too.
    const failed = repositories.recommendations.update('no such card', { title: 'x' });
    expect(leave()).toBe(false);
    await expect(failed).rejects.toThrow();
    expect(leave()).toBe(true);
    stop();
  });

  it('stops asking once stopped, even mid-write', async () => {
    const { repositories, boardId } = await createTestBoard();
    const stop = guardUnsavedWrites(repositories.journal.onPendingChange);
    const created = repositories.recommendations.create(boardId, {
      text: 'Empower embassies to support migrant workers',
      columnId: defaultColumnId('triage'),
    });
    stop();
    expect(leave()).toBe(true);
    expect(document.documentElement.dataset.saving).toBeUndefined();
    await created;
  });
});
