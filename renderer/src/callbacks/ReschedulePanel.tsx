import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Kbd } from '../ui/Kbd';
import {
  describeOnClock,
  fromLocalInputValue,
  inAnHour,
  MORNING_HOUR,
  toLocalInputValue,
  tomorrowMorning,
} from '../outcomes/callback-presets';

interface ReschedulePanelProps {
  /** The zone the new time is chosen in: the lead's, else the rep's. */
  zone: string;
  zoneIsLead: boolean;
  currentDueAt: number;
  now: number;
  busy: boolean;
  onPick: (at: number) => void;
  onClose: () => void;
}

/**
 * A new time for a callback, with the wrap-up picker's keys: H in an hour, T tomorrow 9:00 on the
 * lead's clock, C to type one; Esc closes. The keys it uses stay here.
 */
export function ReschedulePanel(props: ReschedulePanelProps) {
  const { zone, now } = props;
  const panel = useRef<HTMLDivElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(() =>
    toLocalInputValue(Math.max(props.currentDueAt, now), zone),
  );
  const typedAt = fromLocalInputValue(typed, zone);

  useEffect(() => {
    panel.current?.querySelector('button')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
      return;
    }
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const key = event.key.toLowerCase();
    if (key === 'h') props.onPick(inAnHour(now));
    else if (key === 't') props.onPick(tomorrowMorning(now, zone));
    else if (key === 'c') picker.current?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={panel}
      className="reschedule-panel"
      role="group"
      aria-label="New callback time"
      onKeyDown={onKeyDown}
    >
      <p className="muted reschedule-clock">
        {props.zoneIsLead
          ? `On the lead’s clock (${zone}).`
          : `On your clock (${zone}): the lead’s zone is unknown.`}
      </p>
      <div className="callback-presets">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="H"
          disabled={props.busy}
          onClick={() => props.onPick(inAnHour(now))}
        >
          In 1 h <Kbd>H</Kbd>
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="T"
          disabled={props.busy}
          onClick={() => props.onPick(tomorrowMorning(now, zone))}
        >
          Tomorrow {MORNING_HOUR}:00 <Kbd>T</Kbd>
        </button>
        <form
          className="callback-pick"
          // The fields' problems are shown in words beside them, not as the browser's bubbles.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (typedAt !== null && typedAt > now) props.onPick(typedAt);
          }}
        >
          <Kbd>C</Kbd>
          <input
            ref={picker}
            type="datetime-local"
            className="text-input"
            aria-label={`New callback time, in ${zone}`}
            aria-keyshortcuts="C"
            data-testid="reschedule-time"
            min={toLocalInputValue(now, zone)}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button
            type="submit"
            className="button button-primary"
            disabled={props.busy || typedAt === null || typedAt <= now}
          >
            Set
          </button>
        </form>
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          Close <Kbd>Esc</Kbd>
        </button>
      </div>
      {typedAt !== null && (
        <p className="muted reschedule-typed">{describeOnClock(typedAt, zone)}</p>
      )}
    </div>
  );
}
