import type { Handlers } from '../ipc/dispatcher';
import { queueSummary } from '../queue-view/queue-summary';
import type { CoreContext } from './create-core';

export function queueHandlers({ store, clock }: CoreContext): Pick<Handlers, 'queue.summary'> {
  return {
    'queue.summary': () => queueSummary(store, clock.now()),
  };
}
