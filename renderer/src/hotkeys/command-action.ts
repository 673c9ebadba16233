import type { SessionSnapshot } from '../../../shared/domain/session';
import type { HotkeyCommand } from './hotkey-map';

/** One request to the session, named after the bridge method it calls. */
export type SessionIntent =
  | { name: 'dial' }
  | { name: 'hangup' }
  | { name: 'confirm' }
  /** Enter during a call whose outcome is chosen: end the call, then record it. */
  | { name: 'hangup-then-confirm' }
  | { name: 'selectOutcome'; code: string }
  | { name: 'setMuted'; muted: boolean }
  | { name: 'resume' }
  | { name: 'undo' };

/** Something only the view does: open a menu, move focus, pick a script section, set a preset. */
export type ViewAction =
  | 'open-pause-menu'
  | 'open-skip-menu'
  | 'toggle-keypad'
  | 'focus-notes'
  | 'leave-field'
  | 'script-previous'
  | 'script-next'
  | 'callback-in-an-hour'
  | 'callback-tomorrow-morning'
  | 'callback-pick';

export type CommandAction =
  | { type: 'intent'; intent: SessionIntent }
  | { type: 'view'; action: ViewAction }
  | { type: 'script-section'; index: number }
  /** Nothing to do now: tell the rep why (read out by the live region). */
  | { type: 'hint'; text: string };

export type SessionView = Pick<
  SessionSnapshot,
  'state' | 'call' | 'draft' | 'lastOutcome' | 'pauseAfterCall' | 'pause'
>;

const IN_CALL = new Set(['dialing', 'ringing', 'connected']);

/** The call's note and callback time can be edited: on the call, in wrap-up, or after it ran out. */
export function noteOpen(session: Pick<SessionView, 'state' | 'pause'>): boolean {
  return (
    session.state === 'connected' ||
    session.state === 'wrap-up' ||
    (session.state === 'paused' && session.pause?.reason === 'wrap-up-expired')
  );
}
const CAN_CHOOSE_OUTCOME = new Set(['connected', 'wrap-up']);

/**
 * What a command does given the session as last published. It only reads the snapshot to pick
 * the intent; the session in the main process decides whether the intent is allowed.
 */
export function actionForCommand(command: HotkeyCommand, session: SessionView): CommandAction {
  const { state } = session;
  switch (command.kind) {
    case 'dial-or-hang-up':
      if (state === 'idle' || state === 'preview') return intent({ name: 'dial' });
      if (IN_CALL.has(state)) return intent({ name: 'hangup' });
      if (state === 'wrap-up')
        return hint('The call is over: choose an outcome, then press Enter.');
      return hint('Paused: press P to resume.');
    case 'hang-up':
      return IN_CALL.has(state) ? intent({ name: 'hangup' }) : hint('There is no call to hang up.');
    case 'confirm':
      return confirmAction(session);
    case 'choose-outcome':
      if (CAN_CHOOSE_OUTCOME.has(state)) {
        return intent({ name: 'selectOutcome', code: command.code });
      }
      if (state === 'paused' && session.pause?.reason === 'wrap-up-expired') {
        return hint('Press P to resume, then choose the last call’s outcome.');
      }
      return hint('Outcomes are chosen once the call connects or ends.');
    case 'focus-notes':
      return noteOpen(session) ? view('focus-notes') : hint('Notes open once the call connects.');
    case 'pause-or-resume':
      if (state === 'paused') return intent({ name: 'resume' });
      if (session.pauseAfterCall !== null) {
        return hint(
          `Already pausing (${session.pauseAfterCall}) once this call’s outcome is saved.`,
        );
      }
      return view('open-pause-menu');
    case 'skip':
      return skipAction(state);
    case 'toggle-mute':
      return session.call && (state === 'ringing' || state === 'connected')
        ? intent({ name: 'setMuted', muted: !session.call.muted })
        : hint('Mute works during a call.');
    case 'toggle-keypad':
      return state === 'connected'
        ? view('toggle-keypad')
        : hint('The keypad works on a connected call.');
    case 'undo':
      return session.lastOutcome
        ? intent({ name: 'undo' })
        : hint('There is no outcome to undo: only the last one saved can be undone.');
    case 'leave-field':
      return view('leave-field');
    case 'script-section':
      return { type: 'script-section', index: command.index };
    case 'script-previous':
      return view('script-previous');
    case 'script-next':
      return view('script-next');
    case 'callback-in-an-hour':
      return view('callback-in-an-hour');
    case 'callback-tomorrow-morning':
      return view('callback-tomorrow-morning');
    case 'callback-pick':
      return view('callback-pick');
  }
}

/** A lead can be skipped before anyone answers: in preview, or hung up while it rings. */
export const SKIPPABLE_STATES: ReadonlySet<SessionView['state']> = new Set([
  'preview',
  'dialing',
  'ringing',
]);

function skipAction(state: SessionView['state']): CommandAction {
  if (SKIPPABLE_STATES.has(state)) return view('open-skip-menu');
  switch (state) {
    case 'connected':
      return hint('Cannot skip a lead someone answered: hang up (Esc), then record the outcome.');
    case 'wrap-up':
      return hint('Cannot skip a lead whose call is over: record its outcome (1–9, then Enter).');
    default:
      return hint('There is no lead on screen to skip.');
  }
}

function confirmAction(session: SessionView): CommandAction {
  switch (session.state) {
    case 'wrap-up':
      return intent({ name: 'confirm' });
    case 'connected':
      return session.draft?.outcomeCode
        ? intent({ name: 'hangup-then-confirm' })
        : hint('Choose an outcome (1–9) first, then press Enter.');
    case 'idle':
    case 'preview':
      return intent({ name: 'dial' });
    case 'dialing':
    case 'ringing':
      return hint('The call is not connected yet.');
    case 'paused':
      return hint('Paused: press P to resume.');
  }
}

const intent = (value: SessionIntent): CommandAction => ({ type: 'intent', intent: value });
const view = (action: ViewAction): CommandAction => ({ type: 'view', action });
const hint = (text: string): CommandAction => ({ type: 'hint', text });
