import type { SessionSnapshot } from '../../../shared/domain/session';
import { formatClock } from '../../../shared/format/time';

export interface CallTimer {
  /** What the time measures: "Talk", "Ringing", "Wrap-up left". */
  label: string;
  /** "1:05". */
  text: string;
  /** The wrap-up countdown is in its last seconds. */
  urgent: boolean;
}

const URGENT_MS = 3_000;

/** The one timer that matters in the session's current state, from the snapshot's own times. */
export function callTimer(
  session: Pick<SessionSnapshot, 'state' | 'stateSince' | 'call' | 'wrapUpDeadline' | 'pause'>,
  now: number,
): CallTimer | null {
  const { call } = session;
  switch (session.state) {
    case 'dialing':
      return call ? since('Dialing', call.startedAt, now) : null;
    case 'ringing':
      return call ? since('Ringing', call.ringingAt ?? call.startedAt, now) : null;
    case 'connected':
      return call ? since('Talk', call.answeredAt ?? session.stateSince, now) : null;
    case 'wrap-up': {
      if (session.wrapUpDeadline === null)
        return { label: 'Wrap-up', text: 'on hold', urgent: false };
      const leftMs = Math.max(0, session.wrapUpDeadline - now);
      // Rounded up, so 0:00 shows only as it runs out; the slack absorbs a few ms of clock skew.
      return {
        label: 'Wrap-up left',
        text: formatClock(Math.max(0, Math.ceil((leftMs - 100) / 1000)) * 1000),
        urgent: leftMs <= URGENT_MS,
      };
    }
    case 'paused':
      return since('Paused', session.pause?.since ?? session.stateSince, now);
    case 'preview':
      return since('In preview', session.stateSince, now);
    case 'idle':
      return null;
  }
}

function since(label: string, from: number, now: number): CallTimer {
  return { label, text: formatClock(now - from), urgent: false };
}
