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
 * The rep's session exactly as the main process last published it. Intent results are not
 * applied: an answer can arrive after a newer `session.changed`, and the events carry every change.
 */
export function useSession(): SessionFeed {
  const [feed, setFeed] = useState<SessionFeed>({ session: { status: 'loading' }, clockOffset: 0 });
  useEffect(() => {
    const api = getBridge();
    let active = true;
    let lastStateSince: number | null = null;
    const receive = (snapshot: SessionSnapshot) => {
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
        // An event that came first is newer than this answer.
        if (!active || lastStateSince !== null) return;
        if (result.ok) receive(result.value);
        else
          setFeed({ session: { status: 'error', message: result.error.message }, clockOffset: 0 });
      },
      (error: Error) =>
        active && setFeed({ session: { status: 'error', message: error.message }, clockOffset: 0 }),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return feed;
}
