import type { Result } from '../result';
import {
  METHOD_NAMES,
  type DialdeckApi,
  type EventName,
  type Events,
  type MethodName,
} from './contract';

/** How a bridge reaches the main process: Electron IPC in the preload, a WebSocket in browser mode. */
export interface BridgeTransport {
  call(method: MethodName, args: unknown[]): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** Builds the one-method-per-intent API object over a transport. */
export function buildBridge(transport: BridgeTransport): DialdeckApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const method of METHOD_NAMES) {
    const [domain, intent] = method.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][intent] = (...args: unknown[]) => transport.call(method, args);
  }
  api.events = {
    subscribe: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) =>
      transport.subscribe(event, (payload) => listener(payload as Events[E])),
  };
  return api as unknown as DialdeckApi;
}
