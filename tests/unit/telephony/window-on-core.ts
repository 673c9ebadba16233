import type { Core } from '../../../electron/core/app/create-core';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { buildBridge } from '../../../shared/ipc/bridge';

/** Resolves with the next session snapshot that matches. */
export function nextSnapshot(
  core: Core,
  matches: (s: SessionSnapshot) => boolean,
): Promise<SessionSnapshot> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event !== 'session.changed' || !matches(payload as SessionSnapshot)) return;
      stop();
      resolve(payload as SessionSnapshot);
    });
  });
}

/** Calls a core method the way a window does, throwing its refusal. */
export async function callCore(core: Core, method: string, ...args: unknown[]): Promise<unknown> {
  const result = await core.dispatcher.dispatch(method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A window's bridge on the core's own dispatcher and events, for a line's phone host. */
export function windowBridge(core: Core): ReturnType<typeof buildBridge> {
  return buildBridge({
    call: (method, args) => core.dispatcher.dispatch(method, args),
    subscribe: (event, listener) =>
      core.events.subscribe((name, payload) => {
        if (name === event) listener(payload);
      }),
  });
}

export const realTimers = {
  setTimer: (callback: () => void, ms: number) => {
    const id = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(id) };
  },
};
