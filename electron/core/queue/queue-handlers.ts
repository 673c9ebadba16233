import type { QueueSummary } from '../../../shared/domain/queue';
import type { Handlers } from '../platform/ipc/dispatcher';

export function queueHandlers(deps: {
  queueSummary: () => Promise<QueueSummary>;
}): Pick<Handlers, 'queue.summary'> {
  return {
    'queue.summary': () => deps.queueSummary(),
  };
}
