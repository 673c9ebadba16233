import { useEffect, useState } from 'react';
import type { DialdeckApi, EventName, Events } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { getBridge } from './get-bridge';

export type LiveValue<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/**
 * A value the main process owns: loaded once, then replaced by every event that carries it. An
 * event that arrives before the first load answers wins over it, being newer.
 * `load` must be stable (declared at module level).
 */
export function useLiveValue<E extends EventName>(
  event: E,
  load: (api: DialdeckApi) => Promise<Result<Events[E]>>,
): LiveValue<Events[E]> {
  const [value, setValue] = useState<LiveValue<Events[E]>>({ status: 'loading' });
  useEffect(() => {
    const api = getBridge();
    let active = true;
    let heardEvent = false;
    const unsubscribe = api.events.subscribe(event, (payload) => {
      heardEvent = true;
      setValue({ status: 'ready', value: payload });
    });
    load(api).then(
      (result) => {
        if (!active || heardEvent) return;
        setValue(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', message: result.error.message },
        );
      },
      (error: Error) => active && setValue({ status: 'error', message: error.message }),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [event, load]);
  return value;
}
