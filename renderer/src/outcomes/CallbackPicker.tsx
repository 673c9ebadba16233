import { useRef, type RefObject } from 'react';
import { useNow } from '../app/use-now';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';
import {
  describeOnClock,
  fromLocalInputValue,
  inAnHour,
  MORNING_HOUR,
  toLocalInputValue,
  tomorrowMorning,
} from './callback-presets';

export interface CallbackClocks {
  /** The zone callback times are chosen in: the lead's, else the rep's. */
  zone: string;
  zoneIsLead: boolean;
  repZone: string;
}

interface CallbackPickerProps {
  callbackAt: number | null;
  clocks: CallbackClocks;
  /** The core's clock minus this window's. */
  clockOffset: number;
  pickerRef: RefObject<HTMLInputElement | null>;
  onSet: (at: number | null) => void;
}

/**
 * The promised callback time, chosen on the lead's clock (it is a promise made to them): presets
 * one key away, or any time typed in the picker.
 */
export function CallbackPicker({
  callbackAt,
  clocks,
  clockOffset,
  pickerRef,
  onSet,
}: CallbackPickerProps) {
  const now = useNow(30_000, clockOffset);
  const lastTyped = useRef<string | null>(null);
  const clockName = clocks.zoneIsLead
    ? 'the lead’s time'
    : 'your time (the lead’s zone is unknown)';
  return (
    <fieldset className="callback-picker" aria-describedby="callback-clock">
      <legend>Callback time</legend>
      <p id="callback-clock" className="muted callback-clock">
        Times are in {clockName}, {clocks.zone}.
      </p>
      <div className="callback-presets">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="H"
          onClick={() => onSet(inAnHour(Date.now() + clockOffset))}
        >
          In 1 h <Kbd>{KEY_LABELS.callbackInAnHour}</Kbd>
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="T"
          onClick={() => onSet(tomorrowMorning(Date.now() + clockOffset, clocks.zone))}
        >
          Tomorrow {MORNING_HOUR}:00 <Kbd>{KEY_LABELS.callbackTomorrow}</Kbd>
        </button>
        <label className="callback-pick">
          <Kbd>{KEY_LABELS.callbackPick}</Kbd>
          <input
            ref={pickerRef}
            type="datetime-local"
            className="text-input"
            aria-label={`Callback time, in ${clockName}`}
            aria-keyshortcuts="C"
            key={callbackAt ?? 'none'}
            defaultValue={callbackAt === null ? '' : toLocalInputValue(callbackAt, clocks.zone)}
            min={toLocalInputValue(now, clocks.zone)}
            onChange={(event) => (lastTyped.current = event.target.value)}
            onBlur={() => {
              const typed = lastTyped.current;
              lastTyped.current = null;
              if (typed !== null)
                onSet(typed === '' ? null : fromLocalInputValue(typed, clocks.zone));
            }}
          />
        </label>
      </div>
      <p className="callback-chosen" aria-live="polite">
        {callbackAt === null ? (
          <span className="callback-missing">No time yet: this outcome needs one.</span>
        ) : (
          <>
            Calling back <strong>{describeOnClock(callbackAt, clocks.zone)}</strong>
            {clocks.zone !== clocks.repZone && (
              <span className="muted">
                {' '}
                · {describeOnClock(callbackAt, clocks.repZone)} your time
              </span>
            )}
          </>
        )}
      </p>
    </fieldset>
  );
}
