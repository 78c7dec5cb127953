/**
 * Failed writes of the components under test, kept until the test acknowledges them. The
 * setup file checks after every test that none is left: a write that fails unnoticed would
 * otherwise pass as a toast nobody reads.
 */
const unacknowledged: unknown[] = [];

export function recordMutationError(error: unknown): void {
  unacknowledged.push(error);
}

/** The failed writes so far, acknowledged: a test that expects one asserts on this. */
export function takeMutationErrors(): unknown[] {
  return unacknowledged.splice(0);
}

/** Throws (failing the test that just ended) when a write failed that no test took. */
export function expectNoUnexpectedMutationErrors(): void {
  const errors = takeMutationErrors();
  if (errors.length === 0) return;
  const described = errors.map((error) => (error instanceof Error ? error.message : String(error)));
  throw new Error(
    `${errors.length} write(s) failed and the test did not take them (takeMutationErrors): ${described.join('; ')}`,
    { cause: errors[0] },
  );
}
