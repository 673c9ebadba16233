import './escalation.css';
import { useState, type FormEvent } from 'react';
import { MAX_ESCALATION_REPLY, type EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { FloorEscalation, FloorRepRow } from '../../../shared/floor/floor-view';
import { formatDuration } from '../../../shared/format/time';
import { escalationCallText } from './escalation-call';

interface EscalationCardProps {
  escalation: FloorEscalation;
  rep: FloorRepRow | undefined;
  now: number;
  pending: boolean;
  error: string | undefined;
  onAnswer: (answer: EscalationAnswerInput) => void;
}

/** One call a rep flagged: who, which lead and how the call stands, the note, and the answers. */
export function EscalationCard({
  escalation,
  rep,
  now,
  pending,
  error,
  onAnswer,
}: EscalationCardProps) {
  const [reply, setReply] = useState('');
  const { call } = escalation;
  const sendReply = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() !== '') onAnswer({ kind: 'reply', text: reply.trim() });
  };
  return (
    <li
      className="floor-item floor-escalation"
      data-testid={`floor-escalation-${escalation.repId}`}
    >
      <div className="floor-item-head">
        <strong>{rep?.repName ?? escalation.repId}</strong>
        <span className="muted">{formatDuration(now - escalation.raisedAt)} ago</span>
      </div>
      {call ? (
        <dl className="escalation-lead">
          <dt>Lead</dt>
          <dd data-testid="escalation-lead-name">{call.leadName}</dd>
          <dt>Number</dt>
          <dd data-testid="escalation-lead-phone">{call.phone}</dd>
          <dt>Source</dt>
          <dd data-testid="escalation-lead-source">{call.source ?? 'not given'}</dd>
          <dt>Call</dt>
          <dd data-testid="escalation-call">{escalationCallText(escalation, rep, now)}</dd>
        </dl>
      ) : (
        <p className="muted escalation-lead">
          {escalation.leadId === null
            ? 'No lead was on screen.'
            : `Lead ${escalation.leadId} (the rep's app did not send its details).`}
        </p>
      )}
      <p className="floor-item-text">{escalation.note}</p>
      <div className="floor-item-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={pending}
          onClick={() => onAnswer({ kind: 'will-call', text: null })}
        >
          I&apos;ll call them
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={pending}
          onClick={() => onAnswer({ kind: 'acknowledged', text: null })}
        >
          Acknowledge
        </button>
      </div>
      <form className="floor-item-actions escalation-reply" onSubmit={sendReply}>
        <input
          className="text-input"
          aria-label={`Reply to ${rep?.repName ?? escalation.repId}`}
          data-testid="escalation-reply"
          maxLength={MAX_ESCALATION_REPLY}
          placeholder="A short reply"
          value={reply}
          onChange={(event) => setReply(event.target.value)}
        />
        <button
          type="submit"
          className="button button-quiet"
          disabled={pending || reply.trim() === ''}
        >
          Reply
        </button>
      </form>
      {error && (
        <p role="alert" className="floor-item-error">
          {error}
        </p>
      )}
    </li>
  );
}
