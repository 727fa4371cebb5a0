/** A pagination cursor that this store did not issue or that was damaged in transit. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor(readonly cursor: string) {
    super('cursor is not valid: start again from the first page');
  }
}
