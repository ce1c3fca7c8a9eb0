// The one error a snapshot restore may throw: the saved state (possibly hostile, e.g. a file a
// user hands us) is malformed. Its message is one line naming the component and the field.

/** A saved state failed validation; restore() rejects it without touching the live state. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}
