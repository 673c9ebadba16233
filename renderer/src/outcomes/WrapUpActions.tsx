import type { SessionSnapshot } from '../../../shared/domain/session';
import type { HotkeyCommand } from '../hotkeys/hotkey-map';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';

interface WrapUpActionsProps {
  session: SessionSnapshot;
  labelOf: (code: string) => string;
  /** The chosen outcome still needs its callback time. */
  callbackTimeMissing: boolean;
  onCommand: (command: HotkeyCommand) => void;
}

/** Confirm and move on, or take back the outcome just saved. */
export function WrapUpActions(props: WrapUpActionsProps) {
  const { session, labelOf, callbackTimeMissing, onCommand } = props;
  const { state, draft, lastOutcome } = session;
  const ready =
    !callbackTimeMissing &&
    (state === 'wrap-up' || state === 'connected') &&
    Boolean(draft?.outcomeCode);
  return (
    <div className="wrap-up-actions">
      <button
        type="button"
        className="button button-primary save-button"
        aria-disabled={ready ? undefined : 'true'}
        aria-keyshortcuts="Enter"
        onClick={() => onCommand({ kind: 'confirm' })}
      >
        {state === 'connected' ? 'Hang up, save & next' : 'Save & next'}
        <Kbd>{KEY_LABELS.confirm}</Kbd>
      </button>
      {lastOutcome && (
        <button
          type="button"
          className="button button-quiet"
          aria-keyshortcuts="U"
          onClick={() => onCommand({ kind: 'undo' })}
        >
          Undo “{labelOf(lastOutcome.outcomeCode)}”
          {lastOutcome.notOnTheLine && ' (not on the line)'} <Kbd>{KEY_LABELS.undo}</Kbd>
        </button>
      )}
    </div>
  );
}
