import { StoreDamagedError, StoreLockedError } from '../platform/store/errors';

/** What a person sees when Dialdeck cannot start on a data folder. */
export function describeStartupError(error: unknown, dataDir: string): string {
  if (error instanceof StoreDamagedError || (error as Error)?.name === 'StoreDamagedError') {
    return `Dialdeck did not start: ${(error as Error).message}`;
  }
  if (error instanceof StoreLockedError || (error as Error)?.name === 'StoreLockedError') {
    return `Dialdeck did not start: ${(error as Error).message}`;
  }
  return `Dialdeck could not open its data folder ${dataDir}: ${(error as Error)?.message ?? String(error)}`;
}
