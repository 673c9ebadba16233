import { useRef, useState } from 'react';
import type { Disposition } from '../../../shared/domain/disposition';
import type { PauseCode, SessionSnapshot } from '../../../shared/domain/session';
import {
  SKIPPABLE_STATES,
  actionForCommand,
  noteOpen,
  type SessionIntent,
  type ViewAction,
} from '../hotkeys/command-action';
import type { HotkeyCommand } from '../hotkeys/hotkey-map';
import { inAnHour, tomorrowMorning } from '../outcomes/callback-presets';
import type { SessionIntents } from '../session/use-session-intents';
import { withPendingOutcome, type PendingOutcome } from './pending-outcome';

export type OpenPanel = 'pause' | 'skip' | 'keypad' | null;

interface ControllerInput {
  session: SessionSnapshot;
  dispositions: readonly Disposition[];
  intents: SessionIntents;
  /** The zone callback presets are computed in (the lead's, else the rep's). */
  callbackZone: string;
  /** The core's clock minus this window's: presets count from the core's now. */
  clockOffset: number;
  scriptSectionCount: number;
}

/**
 * Turns the rep's commands (keys and clicks alike) into session intents or view changes, and
 * keeps what only the view owns: which menu is open, the script section, the last hint.
 */
export function usePowerDialController(input: ControllerInput) {
  const { intents } = input;
  const [pendingOutcome, setPendingOutcome] = useState<PendingOutcome | null>(null);
  const session = withPendingOutcome(input.session, pendingOutcome);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const callbackPickerRef = useRef<HTMLInputElement>(null);
  const [openPanel, setOpenPanel] = useState<OpenPanel>(null);
  const [hint, setHint] = useState<{ text: string; state: string } | null>(null);
  const leadId = session.offer?.lead.id ?? null;
  const [section, setSection] = useState({ leadId, index: 0 });
  // Each lead's script opens at its first section.
  const sectionIndex = section.leadId === leadId ? section.index : 0;

  const chosen = input.dispositions.find((d) => d.code === session.draft?.outcomeCode);
  const callbackPresetsActive = chosen?.flags.callback === true && noteOpen(session);

  const selectSection = (index: number) => {
    const count = input.scriptSectionCount;
    if (count === 0) return;
    setSection({ leadId, index: Math.max(0, Math.min(count - 1, index)) });
  };

  const runView = (action: ViewAction) => {
    switch (action) {
      case 'open-pause-menu':
        return setOpenPanel('pause');
      case 'open-skip-menu':
        return setOpenPanel('skip');
      case 'toggle-keypad':
        return setOpenPanel((open) => (open === 'keypad' ? null : 'keypad'));
      case 'focus-notes':
        return notesRef.current?.focus();
      case 'leave-field':
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        return;
      case 'script-previous':
        return selectSection(sectionIndex - 1);
      case 'script-next':
        return selectSection(sectionIndex + 1);
      case 'callback-in-an-hour':
        return void intents.send((api) =>
          api.session.setCallbackAt(inAnHour(Date.now() + input.clockOffset)),
        );
      case 'callback-tomorrow-morning':
        return void intents.send((api) =>
          api.session.setCallbackAt(
            tomorrowMorning(Date.now() + input.clockOffset, input.callbackZone),
          ),
        );
      case 'callback-pick':
        return callbackPickerRef.current?.focus();
    }
  };

  const perform = (intent: SessionIntent) => {
    const attemptId = session.call?.attemptId;
    if (intent.name !== 'selectOutcome' || attemptId === undefined) {
      void intents.perform(intent);
      return;
    }
    const picked = { attemptId, code: intent.code };
    setPendingOutcome(picked);
    void intents
      .perform(intent)
      .finally(() => setPendingOutcome((current) => (current === picked ? null : current)));
  };

  const onCommand = (command: HotkeyCommand) => {
    const action = actionForCommand(command, session);
    setHint(action.type === 'hint' ? { text: action.text, state: session.state } : null);
    switch (action.type) {
      case 'intent':
        return perform(action.intent);
      case 'view':
        return runView(action.action);
      case 'script-section':
        if (action.index < input.scriptSectionCount) return selectSection(action.index);
        return setHint({
          text: `The script has no section ${action.index + 1}.`,
          state: session.state,
        });
      case 'hint':
        return;
    }
  };

  const closePanel = () => setOpenPanel(null);
  const pause = (code: PauseCode) => {
    closePanel();
    void intents.send((api) => api.session.pause(code));
  };
  const skip = (reason: string) => {
    closePanel();
    void intents.send((api) => api.session.skip(reason));
  };
  const sendDigit = (digit: string) => void intents.send((api) => api.session.sendDigits(digit));
  const setNote = (note: string) => void intents.send((api) => api.session.setNote(note));
  const setCallbackAt = (at: number | null) =>
    void intents.send((api) => api.session.setCallbackAt(at));

  return {
    onCommand,
    notesRef,
    callbackPickerRef,
    // A menu that no longer fits the state closes by itself.
    openPanel:
      (openPanel === 'keypad' && session.state !== 'connected') ||
      (openPanel === 'skip' && !SKIPPABLE_STATES.has(session.state))
        ? null
        : openPanel,
    closePanel,
    sectionIndex,
    selectSection,
    callbackPresetsActive,
    callbackTimeMissing: callbackPresetsActive && session.draft?.callbackAt === null,
    hint: hint?.state === session.state ? hint.text : null,
    pause,
    skip,
    sendDigit,
    setNote,
    setCallbackAt,
  };
}
