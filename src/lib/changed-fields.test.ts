import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only what changed, comparing arrays by content', () => {
    const before = { title: 'A', place: 'Dhaka', organiserIds: ['iom', 'ilo'] };
    expect(changedFields(before, { ...before, organiserIds: ['iom', 'ilo'] })).toEqual({});
    expect(
      changedFields(before, { title: 'B', place: 'Dhaka', organiserIds: ['ilo', 'iom'] }),
    ).toEqual({ title: 'B', organiserIds: ['ilo', 'iom'] });
  });
});
