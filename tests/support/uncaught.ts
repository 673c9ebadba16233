export interface UncaughtRecord {
  errors: unknown[];
  /**
   * Waits for `promise`, or throws the first uncaught error raised meanwhile: a server that
   * crashed answers nothing, so waiting on it alone would only time out.
   */
  race<T>(promise: Promise<T>): Promise<T>;
  stop(): void;
}

/**
 * Collects what would have killed a server process (an `error` event nobody listens to, a
 * rejected promise nobody handles) while the server runs inside the test's process.
 */
export function recordUncaught(): UncaughtRecord {
  const errors: unknown[] = [];
  const racing = new Set<(error: unknown) => void>();
  const record = (error: unknown) => {
    errors.push(error);
    for (const fail of racing) fail(error);
    racing.clear();
  };
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return {
    errors,
    race: (promise) =>
      new Promise((resolve, reject) => {
        racing.add(reject);
        promise.then(resolve, reject).finally(() => racing.delete(reject));
      }),
    stop: () => {
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
    },
  };
}
