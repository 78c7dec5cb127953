export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly recordId: string,
  ) {
    super(`No ${table} record ${recordId}`);
    this.name = 'RecordNotFoundError';
  }
}
