import './escalation.css';
import { useState } from 'react';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { Kbd } from '../ui/Kbd';
import { EscalationDialog } from './EscalationDialog';
import { ESCALATION_KEY_LABEL } from './escalation-key';
import { useEscalationKey } from './use-escalation-key';
import { useFloorStatus } from './use-floor-status';

const LINK_TEXT = {
  off: 'off',
  connecting: 'connecting…',
  connected: 'connected',
  offline: 'offline',
} as const;

/**
 * The rep's side of the floor in the dial view: the hub link's state, and E to flag the call on
 * screen for the supervisor with a note. Nothing shows while no hub is set up.
 */
export function EscalateCall({ session }: { session: SessionSnapshot }) {
  const status = useFloorStatus();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const link = status.status === 'ready' ? status.value : null;
  const publishing = link?.mode === 'rep';
  useEscalationKey(publishing && !open, () => {
    setSent(false);
    setOpen(true);
  });
  if (!link || !publishing) return null;

  const lead = session.offer?.lead;
  const about = lead
    ? `the call with ${`${lead.firstName} ${lead.lastName}`.trim() || lead.company}`
    : 'your last call';
  const waiting =
    link.state !== 'connected' && link.waiting > 0 ? ` · ${link.waiting} waiting` : '';
  return (
    <>
      <span
        className="floor-link-chip"
        data-testid="floor-link"
        data-link-state={link.state}
        title={link.lastError ?? link.hubUrl ?? undefined}
      >
        <span className={`link-dot link-${link.state}`} aria-hidden="true" />
        Floor {LINK_TEXT[link.state]}
        {waiting}
        <span role="status">{sent ? ' · escalation sent' : ''}</span>
        <Kbd>{ESCALATION_KEY_LABEL}</Kbd> escalate
      </span>
      {open && (
        <EscalationDialog
          about={about}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      )}
    </>
  );
}
