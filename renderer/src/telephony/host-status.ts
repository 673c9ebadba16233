import { useSyncExternalStore } from 'react';
import type { HostStatus } from './twilio-device-host';

/** What the window's Twilio phone is doing, for the settings screen; null while none runs. */
let current: HostStatus | null = null;
const listeners = new Set<() => void>();

export function publishHostStatus(status: HostStatus | null): void {
  current = status;
  listeners.forEach((listener) => listener());
}

export function useHostStatus(): HostStatus | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
