import { METHOD_NAMES, type DialdeckApi } from '../../../../shared/ipc/contract';
import { buildBridge } from '../../../../shared/ipc/bridge';
import type { EventHub } from '../../../../electron/core/platform/events/event-hub';
import { createDispatcher, type Handlers } from '../../../../electron/core/platform/ipc/dispatcher';
import { silentLogger } from '../../../../electron/core/platform/log/logger';

/**
 * The renderer's API object wired to core handlers in this process, through the real dispatcher
 * (so every argument is validated as over IPC). Calls and events each take a hop, like IPC does.
 */
export function inProcessBridge(handlers: Partial<Handlers>, events: EventHub): DialdeckApi {
  const unexpected = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      () => {
        throw new Error(`${method} is not wired in this test`);
      },
    ]),
  ) as unknown as Handlers;
  const dispatcher = createDispatcher({ ...unexpected, ...handlers }, silentLogger);
  return buildBridge({
    async call(method, args) {
      await Promise.resolve();
      return dispatcher.dispatch(method, args);
    },
    subscribe(event, listener) {
      return events.subscribe((name, payload) => {
        if (name === event) queueMicrotask(() => listener(payload));
      });
    },
  });
}
