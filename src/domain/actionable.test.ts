import { describe, expect, it } from 'vitest';
import { countLiveActionItems, isActionable, missingForActionable } from './actionable';

const complete = { leadActorId: 'iom', dueDate: '2026-12-31' };
const bare = { leadActorId: null, dueDate: null };

describe('missingForActionable', () => {
  it('lists nothing for a card with a lead, a due date and an action item', () => {
    expect(missingForActionable(complete, 1)).toEqual([]);
    expect(isActionable(complete, 3)).toBe(true);
  });

  it('lists every missing requirement, in a fixed order', () => {
    expect(missingForActionable(bare, 0)).toEqual(['lead_actor', 'due_date', 'action_item']);
    expect(isActionable(bare, 0)).toBe(false);
  });

  it('names each requirement alone', () => {
    expect(missingForActionable({ ...complete, leadActorId: null }, 1)).toEqual(['lead_actor']);
    expect(missingForActionable({ ...complete, dueDate: null }, 1)).toEqual(['due_date']);
    expect(missingForActionable(complete, 0)).toEqual(['action_item']);
    expect(isActionable(complete, 0)).toBe(false);
  });
});

describe('countLiveActionItems', () => {
  it('counts done items and skips deleted ones', () => {
    const items = [
      { deletedAt: null },
      { deletedAt: '2026-11-01T10:00:00.000Z' },
      { deletedAt: null },
    ];
    expect(countLiveActionItems(items)).toBe(2);
    expect(countLiveActionItems([{ deletedAt: '2026-11-01T10:00:00.000Z' }])).toBe(0);
  });
});
