import type { Disposition } from '../../../shared/domain/disposition';
import type { LeadStory } from '../../../shared/domain/lead-story';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { formatClock } from '../../../shared/format/time';
import { NotOnTheLineMark } from '../outcomes/NotOnTheLineMark';
import { outcomeLabeler } from '../outcomes/outcome-labels';

interface LeadHistoryProps {
  story: LeadStory;
  dispositions: readonly Disposition[];
}

const when = (at: number) =>
  new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** Every dial, every callback promised or moved, every change a person made. */
export function LeadHistory({ story, dispositions }: LeadHistoryProps) {
  const label = outcomeLabeler(dispositions);
  return (
    <>
      <h2 className="form-section-title">Attempts</h2>
      {story.attempts.length === 0 ? (
        <p className="muted" data-testid="lead-no-attempts">
          Never dialed.
        </p>
      ) : (
        <table className="data-table" data-testid="lead-attempts">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Outcome</th>
              <th>Talk time</th>
              <th>Caller ID shown</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {story.attempts.map((attempt) => (
              <tr key={attempt.id} data-testid="lead-attempt">
                <td>{when(attempt.startedAt)}</td>
                <td>{attempt.repId}</td>
                <td>
                  {attempt.outcomeCode ? label(attempt.outcomeCode) : (attempt.endReason ?? '—')}
                  {attempt.notOnTheLine && <NotOnTheLineMark />}
                </td>
                <td className="numeric-cell">{formatClock(attempt.talkSeconds * 1000)}</td>
                <td data-testid="lead-attempt-caller-id">
                  {attempt.presentedCallerId === null
                    ? 'the line’s own'
                    : formatPhoneForHumans(attempt.presentedCallerId)}
                </td>
                <td>{attempt.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="form-section-title">Callbacks</h2>
      {story.lead.callbackAt !== null && story.lead.status === 'callback' && (
        <p>Promised for {when(story.lead.callbackAt)}.</p>
      )}
      {story.callbackChanges.length === 0 ? (
        <p className="muted">No callback changes.</p>
      ) : (
        <ul className="lead-changes">
          {story.callbackChanges.map((change, index) => (
            <li key={index}>
              {when(change.at)} · {change.by ?? 'someone'} {change.action}
              {change.dueAfter !== null && ` for ${when(change.dueAfter)}`}
              {change.reason && `: ${change.reason}`}
            </li>
          ))}
        </ul>
      )}
      <h2 className="form-section-title">Changes</h2>
      {story.changes.length === 0 ? (
        <p className="muted">Nobody has changed this lead by hand.</p>
      ) : (
        <ul className="lead-changes" data-testid="lead-changes">
          {story.changes.map((change, index) => (
            <li key={index}>
              {when(change.at)} · {change.by ?? 'someone'} {change.action}
              {Object.entries(change.fields).map(([field, [before, after]]) => (
                <span key={field}>
                  {' '}
                  · {field}: {before ?? '—'} → {after ?? '—'}
                </span>
              ))}
              {change.reason && ` · “${change.reason}”`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
