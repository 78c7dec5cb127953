import { describe, expect, it } from 'vitest';
import { triageCommandFor } from './triage-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('triageCommandFor', () => {
  it('maps the response keys', () => {
    expect(triageCommandFor(key('a'), 'card')).toEqual({ kind: 'response', response: 'accepted' });
    expect(triageCommandFor(key('p'), 'card')).toEqual({
      kind: 'response',
      response: 'accepted_in_part',
    });
    expect(triageCommandFor(key('n'), 'card')).toEqual({ kind: 'response', response: 'noted' });
    expect(triageCommandFor(key('x'), 'card')).toEqual({
      kind: 'response',
      response: 'not_applicable',
    });
  });

  it('reads a digit as a column, or as a stage after S', () => {
    expect(triageCommandFor(key('1'), 'card')).toEqual({ kind: 'column', index: 0 });
    expect(triageCommandFor(key('9'), 'card')).toEqual({ kind: 'column', index: 8 });
    expect(triageCommandFor(key('3'), 'stage')).toEqual({ kind: 'stage', index: 2 });
    expect(triageCommandFor(key('0'), 'card')).toBeNull();
  });

  it('moves with arrows or j and k, skips with Space', () => {
    expect(triageCommandFor(key('ArrowRight'), 'card')).toEqual({ kind: 'next' });
    expect(triageCommandFor(key('j'), 'card')).toEqual({ kind: 'next' });
    expect(triageCommandFor(key('ArrowLeft'), 'card')).toEqual({ kind: 'previous' });
    expect(triageCommandFor(key('k'), 'card')).toEqual({ kind: 'previous' });
    expect(triageCommandFor(key(' '), 'card')).toEqual({ kind: 'skip' });
  });

  it('opens the fields and the stage picker', () => {
    expect(triageCommandFor(key('l'), 'card')).toEqual({ kind: 'field', field: 'lead' });
    expect(triageCommandFor(key('d'), 'card')).toEqual({ kind: 'field', field: 'due' });
    expect(triageCommandFor(key('m'), 'card')).toEqual({ kind: 'field', field: 'note' });
    expect(triageCommandFor(key('s'), 'card')).toEqual({ kind: 'stage_mode' });
  });

  it('leaves keys held with a modifier, and upper case letters, alone', () => {
    expect(triageCommandFor(key('z', { ctrlKey: true }), 'card')).toBeNull();
    expect(triageCommandFor(key('a', { metaKey: true }), 'card')).toBeNull();
    expect(triageCommandFor(key('1', { altKey: true }), 'card')).toBeNull();
    expect(triageCommandFor(key('A'), 'card')).toBeNull();
  });
});
