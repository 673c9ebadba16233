import type { Handlers } from '../platform/ipc/dispatcher';
import type { CoreContext } from '../app/create-core';

export function queueHandlers({ queueSummary }: CoreContext): Pick<Handlers, 'queue.summary'> {
  return {
    'queue.summary': () => queueSummary(),
  };
}
