import { useEffect } from 'react';
import type { TelephonyProviderName } from '../../../shared/domain/settings';
import { useSettings } from '../settings/use-settings';

/** What a line's phone in the window needs from the window itself. */
export interface WindowHostDeps {
  timers: { setTimer(callback: () => void, delayMs: number): { cancel(): void } };
  newHostId: () => string;
}

interface WindowHost {
  start(): Promise<void>;
  stop(): void;
}

const windowTimers = {
  setTimer(callback: () => void, delayMs: number) {
    const id = window.setTimeout(callback, delayMs);
    return { cancel: () => window.clearTimeout(id) };
  },
};

function newHostId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `window-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Carries a line's phone in this window while a rep has that line chosen. Leaving the page
 * (close, reload) lets the core know at once; the status goes blank once the phone stops.
 */
export function useWindowHost(
  line: TelephonyProviderName,
  createHost: (deps: WindowHostDeps) => WindowHost,
  publishStatus: (status: null) => void,
): void {
  const settings = useSettings();
  const active =
    settings.status === 'ready' &&
    settings.value.telephonyProvider === line &&
    settings.value.role === 'rep';
  useEffect(() => {
    if (!active) return;
    const host = createHost({ timers: windowTimers, newHostId });
    void host.start();
    const leave = () => host.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      host.stop();
      publishStatus(null);
    };
  }, [active, createHost, publishStatus]);
}
