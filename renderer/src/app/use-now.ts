import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs`, for ages, countdowns and timers on screen;
 * `offsetMs` moves it onto the core's clock.
 */
export function useNow(intervalMs = 1000, offsetMs = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + offsetMs;
}
