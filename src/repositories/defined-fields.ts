/**
 * The fields of a parsed patch that were actually given. Dexie's update() deletes a property
 * whose value is undefined, so an omitted field must not reach it as `undefined`.
 */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
