import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/result';

export interface Action {
  /** Sends one request; resolves with its value, or null when it failed (see `error`). */
  run<T>(call: () => Promise<Result<T>>): Promise<T | null>;
  busy: boolean;
  /** Why the last request failed, in the core's words, until the next one. */
  error: string | null;
  clearError: () => void;
}

/** A change the user asks the core for, with its pending state and its refusal. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(call: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      if (result.ok) return result.value;
      setError(result.error.message);
      return null;
    } catch (failure) {
      setError((failure as Error).message);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
