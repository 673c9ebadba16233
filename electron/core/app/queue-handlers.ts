import type { Handlers } from '../ipc/dispatcher';
import type { CoreContext } from './create-core';

export function queueHandlers({ queueSummary }: CoreContext): Pick<Handlers, 'queue.summary'> {
  return {
    'queue.summary': () => queueSummary(),
  };
}
