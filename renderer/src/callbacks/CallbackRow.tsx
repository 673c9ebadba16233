import type { KeyboardEvent } from 'react';
import type { CallbackEntry } from '../../../shared/domain/callback';
import { leadDisplayName } from '../../../shared/domain/lead';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { describeOnClock } from '../outcomes/callback-presets';
import { Kbd } from '../ui/Kbd';
import { dueText } from './due-reminders';
import { ReschedulePanel } from './ReschedulePanel';

interface CallbackRowProps {
  entry: CallbackEntry;
  now: number;
  repTimeZone: string;
  homeCountry: string | null;
  rescheduling: boolean;
  busy: boolean;
  /** False during a call or its wrap-up: the callback waits for the current call to end. */
  canDial: boolean;
  onDial: () => void;
  onReschedule: () => void;
  onPick: (at: number) => void;
  onCloseReschedule: () => void;
  onCancel: () => void;
  /** Arrow keys move between rows. */
  onMove: (step: number) => void;
}

/** One promised call: who, when on their clock and on the rep's, and what to do with it. */
export function CallbackRow(props: CallbackRowProps) {
  const { entry, now, repTimeZone } = props;
  const { lead } = entry;
  const name = leadDisplayName(lead);
  const leadZone = lead.timeZone ?? repTimeZone;
  const overdue = entry.dueAt < now;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp')
      props.onMove(event.key === 'ArrowDown' ? 1 : -1);
    else if (key === 'd' && props.canDial) props.onDial();
    else if (key === 'r') props.onReschedule();
    else if (key === 'x' || event.key === 'Delete') props.onCancel();
    else return;
    event.preventDefault();
  };

  return (
    <li
      className={overdue ? 'callback-row is-overdue' : 'callback-row'}
      data-testid={`callback-row-${lead.id}`}
      data-callback-row=""
      tabIndex={0}
      aria-label={`${name}, ${dueText(entry.dueAt, now)}`}
      onKeyDown={onKeyDown}
    >
      <div className="callback-who">
        <span className="callback-name">{name}</span>
        <span className="muted">{formatPhoneForHumans(lead.phoneE164, props.homeCountry)}</span>
      </div>
      <div className="callback-when" data-testid="callback-due-at">
        <span className={overdue ? 'callback-due is-overdue' : 'callback-due'}>
          {dueText(entry.dueAt, now)}
        </span>
        <span>
          {describeOnClock(entry.dueAt, leadZone)}{' '}
          <span className="muted">{lead.timeZone ? 'their time' : 'your time'}</span>
        </span>
        {lead.timeZone && lead.timeZone !== repTimeZone && (
          <span className="muted">{describeOnClock(entry.dueAt, repTimeZone)} your time</span>
        )}
      </div>
      <p className="callback-note">{entry.note ?? <span className="muted">No note</span>}</p>
      <div className="callback-actions">
        <button
          type="button"
          className="button button-primary button-small"
          aria-keyshortcuts="D"
          disabled={!props.canDial}
          title={props.canDial ? undefined : 'Finish the current call first'}
          onClick={props.onDial}
        >
          Dial now <Kbd>D</Kbd>
        </button>
        <button
          type="button"
          className="button button-small"
          aria-keyshortcuts="R"
          aria-expanded={props.rescheduling}
          onClick={props.onReschedule}
        >
          Reschedule <Kbd>R</Kbd>
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-keyshortcuts="X"
          onClick={props.onCancel}
        >
          Cancel… <Kbd>X</Kbd>
        </button>
      </div>
      {props.rescheduling && (
        <ReschedulePanel
          zone={leadZone}
          zoneIsLead={lead.timeZone !== null}
          currentDueAt={entry.dueAt}
          now={now}
          busy={props.busy}
          onPick={props.onPick}
          onClose={props.onCloseReschedule}
        />
      )}
    </li>
  );
}
