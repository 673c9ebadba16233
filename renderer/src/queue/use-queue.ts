import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadQueue = (api: DialdeckApi) => api.queue.summary();

/** The queue's count and the leads up next, replaced on every `queue.changed`. */
export function useQueue() {
  return useLiveValue('queue.changed', loadQueue);
}
