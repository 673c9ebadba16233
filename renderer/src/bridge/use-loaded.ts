import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/result';
import type { LiveValue } from './use-live-value';

export interface Loaded<T> {
  value: LiveValue<T>;
  /** Loads again; the value on screen stays until the new one arrives. */
  reload: () => void;
}

/**
 * A value read from the core on demand (a list, a page). `load` must change only when what it
 * reads changes (wrap it in useCallback); only the answer to the latest load is kept.
 */
export function useLoaded<T>(load: () => Promise<Result<T>>): Loaded<T> {
  const [value, setValue] = useState<LiveValue<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let active = true;
    load().then(
      (result) =>
        active &&
        setValue(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', message: result.error.message },
        ),
      (error: Error) => active && setValue({ status: 'error', message: error.message }),
    );
    return () => {
      active = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { value, reload };
}
