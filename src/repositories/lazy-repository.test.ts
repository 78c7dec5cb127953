import { describe, expect, it } from 'vitest';
import { lazyRepository } from './lazy-repository';

function counterRepository() {
  let total = 0;
  return {
    async add(amount: number): Promise<number> {
      total += amount;
      return total;
    },
    label(prefix: string): string {
      return `${prefix}${total}`;
    },
  };
}

describe('lazyRepository', () => {
  it('loads nothing until a method is called', () => {
    let loads = 0;
    lazyRepository(async () => {
      loads += 1;
      return counterRepository();
    }, ['add']);
    expect(loads).toBe(0);
  });

  it('loads once and keeps one repository across calls', async () => {
    let loads = 0;
    const lazy = lazyRepository(async () => {
      loads += 1;
      return counterRepository();
    }, ['add', 'label']);
    const [first, second] = await Promise.all([lazy.add(2), lazy.add(3)]);
    expect([first, second]).toEqual([2, 5]);
    expect(await lazy.label('total ')).toBe('total 5');
    expect(loads).toBe(1);
  });

  it('offers only the methods it names', () => {
    const lazy = lazyRepository(async () => counterRepository(), ['add']);
    expect(Object.keys(lazy)).toEqual(['add']);
  });

  it('passes a method failure through without dropping the loaded repository', async () => {
    let loads = 0;
    const lazy = lazyRepository(async () => {
      loads += 1;
      return {
        async fail(reason: string): Promise<never> {
          throw new Error(reason);
        },
      };
    }, ['fail']);
    await expect(lazy.fail('no card')).rejects.toThrow('no card');
    await expect(lazy.fail('again')).rejects.toThrow('again');
    expect(loads).toBe(1);
  });

  it('tries the load again after it failed', async () => {
    let loads = 0;
    const lazy = lazyRepository(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return counterRepository();
    }, ['add']);
    await expect(lazy.add(1)).rejects.toThrow('offline');
    expect(await lazy.add(4)).toBe(4);
    expect(loads).toBe(2);
  });
});
