import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from './use-progressive-count';

/** Runs the pending animation frames (jsdom runs them on a timer) and React's updates. */
async function nextFrames(count: number) {
  for (let frame = 0; frame < count; frame += 1) {
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }
}

describe('useProgressiveCount', () => {
  it('renders the first items at once, then more each frame until the whole list', async () => {
    const { result } = renderHook(() => useProgressiveCount(100, 30, 20));
    expect(result.current).toBe(30);
    await nextFrames(1);
    expect(result.current).toBe(50);
    await nextFrames(4);
    expect(result.current).toBe(100);
    await nextFrames(2);
    expect(result.current).toBe(100);
  });

  it('shows a short list whole, and follows it when it shrinks or grows', async () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 30, 20), {
      initialProps: { total: 12 },
    });
    expect(result.current).toBe(12);
    rerender({ total: 5 });
    expect(result.current).toBe(5);
    rerender({ total: 45 });
    expect(result.current).toBe(30);
    await nextFrames(1);
    expect(result.current).toBe(45);
  });
});
