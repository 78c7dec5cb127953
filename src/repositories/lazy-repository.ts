/** Any repository method: each loaded lazily is called with its own arguments. */
type Method = (...args: never[]) => unknown;

/** The same methods, each answering once the repository's module has loaded. */
export type LazyRepository<T extends Record<K, Method>, K extends keyof T> = {
  readonly [M in K]: (...args: Parameters<T[M]>) => Promise<Awaited<ReturnType<T[M]>>>;
};

/**
 * A repository used only after a person acts (an import, a bulk edit) stays out of the first
 * screen's script: its module loads on the first call of one of `methods`, once, and every
 * later call goes straight to it. A failed load is not kept, so the next call tries again.
 */
export function lazyRepository<T extends Record<K, Method>, K extends keyof T>(
  load: () => Promise<T>,
  methods: readonly K[],
): LazyRepository<T, K> {
  let pending: Promise<T> | null = null;
  const repository = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  const call =
    <M extends K>(name: M) =>
    async (...args: Parameters<T[M]>): Promise<Awaited<ReturnType<T[M]>>> => {
      const loaded = await repository();
      const method = loaded[name] as (...args: Parameters<T[M]>) => ReturnType<T[M]>;
      return await method.apply(loaded, args);
    };
  const lazy: Partial<LazyRepository<T, K>> = {};
  for (const name of methods) lazy[name] = call(name);
  return lazy as LazyRepository<T, K>;
}
