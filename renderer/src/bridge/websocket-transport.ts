import type { BridgeTransport } from '../../../shared/ipc/bridge';
import type { EventName, MethodName } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/result';

type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown };

const UNREACHABLE =
  'Cannot reach Dialdeck. Open the exact address printed by `npm run start:browser` ' +
  '(it carries a one-time token), and check that it is still running.';

/**
 * Browser mode's transport: the same contract as the preload, over a WebSocket to the local
 * core. Reconnects by itself; calls made while disconnected fail with a clear error.
 */
export function createWebSocketTransport(url: string): BridgeTransport {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket;
  let connected: Promise<boolean>;
  let retryDelay = 250;

  const connect = () => {
    socket = new WebSocket(url);
    connected = new Promise((resolve) => {
      socket.addEventListener('open', () => resolve(true));
      socket.addEventListener('close', () => resolve(false));
    });
    socket.addEventListener('open', () => (retryDelay = 250));
    socket.addEventListener('message', (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as ServerMessage;
      if (data.type === 'result') {
        pending.get(data.id)?.(data.result);
        pending.delete(data.id);
      } else {
        listeners.get(data.event)?.forEach((listener) => listener(data.payload));
      }
    });
    socket.addEventListener('close', () => {
      for (const resolve of pending.values()) resolve(fail('unavailable', UNREACHABLE));
      pending.clear();
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 5000);
    });
  };
  connect();

  return {
    async call(method: MethodName, args: unknown[]) {
      if (!(await connected)) return fail('unavailable', UNREACHABLE);
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'call', id, method, args }));
      });
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
