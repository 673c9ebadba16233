import { useEffect, useRef, useState } from 'react';
import type { Attempt } from '../../../shared/domain/attempt';
import { getBridge } from '../bridge/get-bridge';

/**
 * Today's attempts, newest first, fetched again whenever `refreshKey` changes (a new call, an
 * outcome saved). Only the answer to the latest fetch is kept.
 */
export function useAttemptsToday(refreshKey: string): Attempt[] | null {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
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
