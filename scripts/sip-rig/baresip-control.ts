import net from 'node:net';
import { NetstringReader, encodeNetstring } from './netstring';

/** An event baresip reports over ctrl_tcp (CALL_INCOMING, CALL_DTMF_START, CALL_CLOSED, …). */
export interface BaresipEvent {
  type: string;
  /** The other party's URI: for an incoming call, its From. */
  peerUri: string;
  /** The event's detail: the key for DTMF, the reason for CALL_CLOSED. */
  param: string;
  callId: string;
}

interface Reply {
  ok: boolean;
  data: string;
}

/** A connection to a baresip's ctrl_tcp: commands with their answers, and its events. */
export interface BaresipControl {
  command(name: string, params?: string): Promise<Reply>;
  onEvent(listener: (event: BaresipEvent) => void): void;
  close(): void;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function connectBaresipControl(port: number): Promise<BaresipControl> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const reader = new NetstringReader();
    const listeners: ((event: BaresipEvent) => void)[] = [];
    const waiting = new Map<string, (reply: Reply) => void>();
    let nextToken = 0;

    socket.on('data', (chunk) => {
      for (const message of reader.push(chunk)) {
        const parsed = JSON.parse(message) as Record<string, unknown>;
        if (parsed.event === true) {
          const event: BaresipEvent = {
            type: text(parsed.type),
            peerUri: text(parsed.peeruri),
            param: text(parsed.param),
            callId: text(parsed.id),
          };
          for (const listener of listeners) listener(event);
        } else if (parsed.response === true) {
          const token = text(parsed.token);
          waiting.get(token)?.({ ok: parsed.ok === true, data: text(parsed.data) });
          waiting.delete(token);
        }
      }
    });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      // After start-up a lost connection only means baresip stopped: the rig notices its exit.
      socket.on('error', () => undefined);
      resolve({
        command(name, params = '') {
          const token = String(++nextToken);
          return new Promise((answer, fail) => {
            if (socket.destroyed) {
              fail(new Error(`baresip's control connection is closed (command ${name})`));
              return;
            }
            waiting.set(token, answer);
            socket.write(encodeNetstring(JSON.stringify({ command: name, params, token })));
          });
        },
        onEvent(listener) {
          listeners.push(listener);
        },
        close() {
          socket.destroy();
        },
      });
    });
  });
}
