import type { SessionSnapshot } from '../../../shared/domain/session';
import type { HotkeyCommand } from '../hotkeys/hotkey-map';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';

interface CallControlsProps {
  session: SessionSnapshot;
  keypadOpen: boolean;
  onCommand: (command: HotkeyCommand) => void;
}

const IN_CALL = new Set(['dialing', 'ringing', 'connected']);

/**
 * The call's buttons. Each sends the same command as its hotkey, so a click and a key always do
 * the same thing; a control that cannot act now stays focusable and says why when used.
 */
export function CallControls({ session, keypadOpen, onCommand }: CallControlsProps) {
  const { state } = session;
  const inCall = IN_CALL.has(state);
  const muted = session.call?.muted ?? false;
  return (
    <div className="call-controls" role="toolbar" aria-label="Call controls">
      <ControlButton
        label={inCall ? 'Hang up' : state === 'idle' ? 'Start dialing' : 'Dial'}
        keyLabel={
          inCall ? `${KEY_LABELS.dialOrHangUp} · ${KEY_LABELS.hangUp}` : KEY_LABELS.dialOrHangUp
        }
        shortcut={inCall ? 'Space Escape' : 'Space'}
        tone={inCall ? 'danger' : 'primary'}
        available={state !== 'wrap-up' && state !== 'paused'}
        onClick={() => onCommand({ kind: 'dial-or-hang-up' })}
      />
      <ControlButton
        label={muted ? 'Unmute' : 'Mute'}
        keyLabel={KEY_LABELS.mute}
        shortcut="M"
        pressed={muted}
        available={state === 'ringing' || state === 'connected'}
        onClick={() => onCommand({ kind: 'toggle-mute' })}
      />
      <ControlButton
        label="Keypad"
        keyLabel={KEY_LABELS.keypad}
        shortcut="K"
        expanded={keypadOpen}
        available={state === 'connected'}
        onClick={() => onCommand({ kind: 'toggle-keypad' })}
      />
      <ControlButton
        label="Skip…"
        keyLabel={KEY_LABELS.skip}
        shortcut="S"
        available={state === 'preview'}
        onClick={() => onCommand({ kind: 'skip' })}
      />
      <ControlButton
        label={state === 'paused' ? 'Resume' : 'Pause…'}
        keyLabel={KEY_LABELS.pause}
        shortcut="P"
        tone={state === 'paused' ? 'primary' : undefined}
        available={session.pauseAfterCall === null}
        onClick={() => onCommand({ kind: 'pause-or-resume' })}
      />
    </div>
  );
}

interface ControlButtonProps {
  label: string;
  keyLabel: string;
  shortcut: string;
  available: boolean;
  tone?: 'primary' | 'danger' | undefined;
  pressed?: boolean;
  expanded?: boolean;
  onClick: () => void;
}

function ControlButton(props: ControlButtonProps) {
  const classes = ['button', 'control-button'];
  if (props.tone && props.available) classes.push(`button-${props.tone}`);
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-disabled={props.available ? undefined : 'true'}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      aria-keyshortcuts={props.shortcut}
      onClick={props.onClick}
    >
      {props.label}
      <Kbd>{props.keyLabel}</Kbd>
    </button>
  );
}
