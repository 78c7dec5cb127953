import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-stringify';

describe('stableStringify', () => {
  it('sorts keys at every depth and drops undefined values', () => {
    const a = { b: 1, a: { d: [1, { z: 'x', y: null }], c: undefined } };
    expect(stableStringify(a)).toBe('{"a":{"d":[1,{"y":null,"z":"x"}]},"b":1}');
    expect(stableStringify({ a: { d: [1, { y: null, z: 'x' }] }, b: 1 })).toBe(stableStringify(a));
  });

  it('writes plain values as JSON does', () => {
    expect(stableStringify('ক"')).toBe('"ক\\""');
    expect(stableStringify([undefined, 2])).toBe('[null,2]');
    expect(stableStringify(undefined)).toBe('null');
  });
});
