import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import type { QueueSummary } from '../../../shared/domain/queue';
import { getBridge } from '../bridge/get-bridge';
import { unwrap } from '../bridge/unwrap';

export type AppData =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; info: AppInfo; queue: QueueSummary };

/** Loads what the first screen needs and keeps the queue live from the main process's events. */
export function useAppData(): AppData {
  const [data, setData] = useState<AppData>({ state: 'loading' });
  useEffect(() => {
    const api = getBridge();
    let active = true;
    Promise.all([unwrap(api.app.info()), unwrap(api.queue.summary())]).then(
      ([info, queue]) => active && setData({ state: 'ready', info, queue }),
      (error: Error) => active && setData({ state: 'error', message: error.message }),
    );
    const unsubscribe = api.events.subscribe('queue.changed', (queue) =>
      setData((current) => (current.state === 'ready' ? { ...current, queue } : current)),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return data;
}
