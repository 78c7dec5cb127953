import { describe, expect, it } from 'vitest';
import { ACTION_KINDS } from '../../domain/journal';
import { isKindGroup, KIND_GROUP_NAMES, KIND_GROUPS } from './activity-kinds';

describe('KIND_GROUPS', () => {
  it('puts every action kind in exactly one group', () => {
    const grouped: string[] = Object.values(KIND_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...ACTION_KINDS].sort());
  });

  it('tells a group’s name from any other string', () => {
    expect(KIND_GROUP_NAMES.every(isKindGroup)).toBe(true);
    expect(isKindGroup('toString')).toBe(false);
    expect(isKindGroup('')).toBe(false);
  });
});
