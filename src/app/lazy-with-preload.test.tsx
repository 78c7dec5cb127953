import { describe, expect, it } from 'vitest';
import { lazyWithPreload } from './lazy-with-preload';

function Page() {
  return null;
}

describe('lazyWithPreload', () => {
  it('fetches again after a failed fetch, and keeps a loaded page', async () => {
    let calls = 0;
    const view = lazyWithPreload(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return Page;
    });
    await expect(view.preload()).rejects.toThrow('offline');
    await expect(view.preload()).resolves.toBe(Page);
    await view.preload();
    expect(calls).toBe(2);
  });
});
