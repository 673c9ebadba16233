/** The store refused to open because a file is damaged; nothing on disk was changed. */
export class StoreDamagedError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'StoreDamagedError';
  }
}

/** Another live process holds this data folder. */
export class StoreLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

/** Writing to disk failed; the store accepts no more writes until restarted. */
export class StoreWriteFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreWriteFailedError';
  }
}
