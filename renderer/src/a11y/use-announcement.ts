import { useState } from 'react';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { announcementFor } from './announcement';

/** The latest sentence for the live region about the session's state. */
export function useAnnouncement(
  session: SessionSnapshot | null,
  labelOf: (code: string) => string,
): string {
  const [seen, setSeen] = useState<SessionSnapshot | null>(null);
  const [message, setMessage] = useState('');
  // Compared during render (React's pattern for reacting to a new prop), so no effect re-renders.
  if (session !== null && session !== seen) {
    setSeen(session);
    const text = announcementFor(seen, session, labelOf);
    if (text !== null) setMessage(text);
  }
  return message;
}
