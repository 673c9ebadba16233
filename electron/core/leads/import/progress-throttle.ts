import type { ImportProgress } from '../../../../shared/domain/import';

/** How often a progress bar needs news; faster only floods the bridge. */
const EVERY_MS = 100;

/** Passes progress on at most every 100 ms; flush() sends the last one held back. */
export function progressThrottle(send: (progress: ImportProgress) => void): {
  progress: (progress: ImportProgress) => void;
  flush: () => void;
} {
  let lastSent = -Infinity;
  let held: ImportProgress | null = null;
  return {
    progress(progress) {
      const now = performance.now();
      if (now - lastSent < EVERY_MS) {
        held = progress;
        return;
      }
      lastSent = now;
      held = null;
      send(progress);
    },
    flush() {
      if (held) send(held);
      held = null;
    },
  };
}
