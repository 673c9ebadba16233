import './escalation.css';
import { useState } from 'react';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { Kbd } from '../ui/Kbd';
import { EscalationDialog } from './EscalationDialog';
import { MyEscalations } from './MyEscalations';
import { ESCALATION_KEY_LABEL } from './escalation-key';
import { useEscalationKey } from './use-escalation-key';
import { useFloorStatus } from './use-floor-status';

const LINK_TEXT = {
  off: 'off',
  connecting: 'connecting…',
  connected: 'connected',
  offline: 'offline',
} as const;

/** E pressed where no escalation can go: say why instead of doing nothing. */
const NOT_PUBLISHING = {
  off: 'No team hub is set up, so no supervisor would see an escalation: add the hub address and token in settings.',
  host: 'This app is set up as the supervisor’s: escalations are sent from a rep’s app.',
  follow: 'This app is set up as the supervisor’s: escalations are sent from a rep’s app.',
} as const;

/**
 * The rep's side of the floor in the dial view: the hub link's state, E to flag the call on
 * screen for the supervisor with a note, and each escalation's state until it is answered.
 * Without a hub only E's refusal shows.
 */
export function EscalateCall({ session }: { session: SessionSnapshot }) {
  const status = useFloorStatus();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const link = status.status === 'ready' ? status.value : null;
  const publishing = link?.mode === 'rep';
  useEscalationKey(link !== null && !open, () => {
    if (!link || link.mode === 'rep') {
      setSent(false);
      setOpen(true);
    } else {
      // A hub set up wrongly (say, a rep id missing) says what to fix instead.
      const problem = link.mode === 'off' ? link.lastError : null;
      setRefusal(problem ? `No escalation can be sent: ${problem}` : NOT_PUBLISHING[link.mode]);
    }
  });
  if (!link || !publishing) {
    return refusal ? (
      <span role="alert" className="floor-link-chip" data-testid="escalation-refused">
        {refusal}
      </span>
    ) : null;
  }

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
      <MyEscalations />
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
