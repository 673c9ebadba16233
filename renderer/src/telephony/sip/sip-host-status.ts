import { useSyncExternalStore } from 'react';

import type { SipHostStatus } from './sip-phone';

export type { SipHostStatus };

/** What the window's SIP phone is doing, for the settings screen; null while none runs. */
let current: SipHostStatus | null = null;
const listeners = new Set<() => void>();

export function publishSipHostStatus(status: SipHostStatus | null): void {
  current = status;
  listeners.forEach((listener) => listener());
}

export function useSipHostStatus(): SipHostStatus | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** The status once the phone is past starting, or as it is after `timeoutMs`. */
export function settledSipHostStatus(timeoutMs: number): Promise<SipHostStatus | null> {
  return new Promise((resolve) => {
    const settledNow = () => current === null || current.state !== 'starting';
    if (settledNow()) return resolve(current);
    const check = () => {
      if (!settledNow()) return;
      finish();
    };
    const finish = () => {
      listeners.delete(check);
      window.clearTimeout(timer);
      resolve(current);
    };
    const timer = window.setTimeout(finish, timeoutMs);
    listeners.add(check);
  });
}
