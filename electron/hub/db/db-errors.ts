/** Why the hub's database cannot be used, in words a person can act on. */
export class HubDatabaseError extends Error {
  constructor(
    message: string,
    readonly reason:
      | 'unreachable'
      | 'login-refused'
      | 'no-such-database'
      | 'data-folder-damaged'
      | 'schema-too-new'
      | 'schema-mismatch'
      | 'misuse'
      | 'closed',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HubDatabaseError';
  }
}
