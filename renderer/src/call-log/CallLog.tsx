import type { AttemptLogEntry } from '../../../shared/domain/attempt';
import { leadDisplayName } from '../../../shared/domain/lead';
import { formatClock } from '../../../shared/format/time';
import { PresentedCallerId } from '../local-presence/PresentedCallerId';
import { NotOnTheLineMark } from '../outcomes/NotOnTheLineMark';

interface CallLogProps {
  attempts: AttemptLogEntry[] | null;
  labelOf: (code: string) => string;
  repTimeZone: string;
}

/** Today's attempts, newest first: when, who, how it ended, how long they talked. */
export function CallLog({ attempts, labelOf, repTimeZone }: CallLogProps) {
  const time = new Intl.DateTimeFormat('en-US', {
    timeZone: repTimeZone,
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    // Focusable so that the list scrolls from the keyboard (arrows, Page Up/Down) too.
    <section
      className="panel call-log"
      aria-label="Today’s calls"
      data-testid="call-log"
      tabIndex={0}
    >
      <h2 className="panel-title">
        Today’s calls <span className="muted">{attempts?.length ?? ''}</span>
      </h2>
      {attempts === null || attempts.length === 0 ? (
        <p className="muted panel-empty">
          {attempts === null ? 'Loading…' : 'No calls yet today.'}
        </p>
      ) : (
        <table className="call-log-table">
          <thead>
            <tr>
              <th scope="col" className="call-log-time">
                Time
              </th>
              <th scope="col">Lead</th>
              <th scope="col" className="call-log-outcome">
                Outcome
              </th>
              <th scope="col" className="numeric call-log-talk">
                Talk
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => (
              <tr key={attempt.id} data-testid="call-log-row">
                <td className="numeric">{time.format(attempt.startedAt)}</td>
                <td title={attempt.note ?? undefined}>
                  {attempt.lead ? leadDisplayName(attempt.lead) : `Lead #${attempt.leadId}`}
                  {attempt.note && <span className="call-log-note">{attempt.note}</span>}
                  <PresentedCallerId number={attempt.presentedCallerId} />
                </td>
                <td className={attempt.outcomeCode ? undefined : 'muted'}>
                  {attempt.outcomeCode ? labelOf(attempt.outcomeCode) : 'in progress'}
                  {attempt.notOnTheLine && <NotOnTheLineMark />}
                </td>
                <td className="numeric">
                  {attempt.answeredAt === null ? '—' : formatClock(attempt.talkSeconds * 1000)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
