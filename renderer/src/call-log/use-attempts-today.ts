import { useEffect, useRef, useState } from 'react';
import type { AttemptLogEntry } from '../../../shared/domain/attempt';
import { getBridge } from '../bridge/get-bridge';

/**
 * Today's attempts with their leads' names, newest first, fetched again whenever `refreshKey` changes (a new call, an
 * outcome saved). Only the answer to the latest fetch is kept.
 */
export function useAttemptsToday(refreshKey: string): AttemptLogEntry[] | null {
  const [attempts, setAttempts] = useState<AttemptLogEntry[] | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    getBridge()
      .attempts.today()
      .then(
        (result) => {
          if (request === latest.current && result.ok) setAttempts(result.value);
        },
        () => undefined,
      );
  }, [refreshKey]);
  return attempts;
}
