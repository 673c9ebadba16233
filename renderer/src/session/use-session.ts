import { useEffect, useState } from 'react';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { LiveValue } from '../bridge/use-live-value';
import { getBridge } from '../bridge/get-bridge';
import { clockOffsetFrom } from './core-clock';

export interface SessionFeed {
  session: LiveValue<SessionSnapshot>;
  /** The core's clock minus this window's, in ms (see clockOffsetFrom); 0 until learned. */
  clockOffset: number;
}

/**
 * The rep's session exactly as the main process last published it, never an older snapshot (by
 * `seq`). Intent results are not applied: the events carry every change. `startOffset` is the
 * clock offset to use until a state change gives a fresher one.
 */
export function useSession(startOffset: number): SessionFeed {
  const [feed, setFeed] = useState<SessionFeed>({
    session: { status: 'loading' },
    clockOffset: startOffset,
  });
  useEffect(() => {
    const api = getBridge();
    let active = true;
    let lastSeq = -1;
    let lastStateSince: number | null = null;
    const receive = (snapshot: SessionSnapshot) => {
      if (snapshot.seq <= lastSeq) return;
      lastSeq = snapshot.seq;
      const learned = clockOffsetFrom(lastStateSince, snapshot.stateSince, Date.now());
      lastStateSince = snapshot.stateSince;
      setFeed((current) => ({
        session: { status: 'ready', value: snapshot },
        clockOffset: learned ?? current.clockOffset,
      }));
    };
    const unsubscribe = api.events.subscribe('session.changed', receive);
    api.session.snapshot().then(
      (result) => {
        if (!active) return;
        if (result.ok) receive(result.value);
        else if (lastSeq < 0)
          setFeed({
            session: { status: 'error', message: result.error.message },
            clockOffset: startOffset,
          });
      },
      (error: Error) =>
        active &&
        lastSeq < 0 &&
        setFeed({ session: { status: 'error', message: error.message }, clockOffset: startOffset }),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [startOffset]);
  return feed;
}
