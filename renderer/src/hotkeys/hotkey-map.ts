/**
 * The keyboard map of the power-dial view, as pure data and one pure function, so the whole map
 * is unit-tested without a DOM. The default keys are part of the testability contract.
 */

export type HotkeyCommand =
  | { kind: 'dial-or-hang-up' }
  | { kind: 'hang-up' }
  | { kind: 'confirm' }
  | { kind: 'choose-outcome'; code: string }
  | { kind: 'focus-notes' }
  | { kind: 'pause-or-resume' }
  | { kind: 'skip' }
  | { kind: 'toggle-mute' }
  | { kind: 'toggle-keypad' }
  | { kind: 'undo' }
  | { kind: 'leave-field' }
  | { kind: 'script-section'; index: number }
  | { kind: 'script-previous' }
  | { kind: 'script-next' }
  | { kind: 'callback-in-an-hour' }
  | { kind: 'callback-tomorrow-morning' }
  | { kind: 'callback-pick' };

/** The keys as people read them, shown on each control. */
export const KEY_LABELS = {
  dialOrHangUp: 'Space',
  hangUp: 'Esc',
  confirm: 'Enter',
  notes: 'N',
  pause: 'P',
  skip: 'S',
  mute: 'M',
  keypad: 'K',
  undo: 'U',
  scriptSections: 'Alt+1–9',
  scriptPrevious: '[',
  scriptNext: ']',
  callbackInAnHour: 'H',
  callbackTomorrow: 'T',
  callbackPick: 'C',
} as const;

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/**
 * text-entry: the rep is typing (input, textarea, select, contenteditable) · focused-control: a
 * button the rep reached with the keyboard, which Space and Enter must activate as usual ·
 * elsewhere: nothing that takes keys has focus.
 */
export type FocusKind = 'text-entry' | 'focused-control' | 'elsewhere';

export interface HotkeyContext {
  focus: FocusKind;
  /** Disposition code by its hotkey ('1'..'9'). */
  outcomeByKey: ReadonlyMap<string, string>;
  /** The chosen outcome asks for a callback time, so its presets listen. */
  callbackPresetsActive: boolean;
}

const LETTER_COMMANDS: Readonly<Record<string, HotkeyCommand>> = {
  n: { kind: 'focus-notes' },
  p: { kind: 'pause-or-resume' },
  s: { kind: 'skip' },
  m: { kind: 'toggle-mute' },
  k: { kind: 'toggle-keypad' },
  u: { kind: 'undo' },
  '[': { kind: 'script-previous' },
  ']': { kind: 'script-next' },
};

const CALLBACK_PRESET_COMMANDS: Readonly<Record<string, HotkeyCommand>> = {
  h: { kind: 'callback-in-an-hour' },
  t: { kind: 'callback-tomorrow-morning' },
  c: { kind: 'callback-pick' },
};

/** What a key press means in the power-dial view, or null when it is not ours to handle. */
export function commandForKey(press: KeyPress, context: HotkeyContext): HotkeyCommand | null {
  // Ctrl and Cmd combinations belong to the browser and the operating system.
  if (press.ctrlKey || press.metaKey) return null;
  if (context.focus === 'text-entry') {
    return press.key === 'Escape' && !press.altKey ? { kind: 'leave-field' } : null;
  }
  // Holding a key down must never dial, hang up or record twice.
  if (press.repeat) return null;
  if (press.altKey) return scriptSectionFor(press.code);
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      return context.focus === 'focused-control' ? null : { kind: 'dial-or-hang-up' };
    case 'Enter':
      return context.focus === 'focused-control' ? null : { kind: 'confirm' };
    case 'Escape':
      return { kind: 'hang-up' };
  }
  const outcome = context.outcomeByKey.get(press.key);
  if (outcome !== undefined) return { kind: 'choose-outcome', code: outcome };
  const letter = press.key.toLowerCase();
  if (context.callbackPresetsActive) {
    const preset = CALLBACK_PRESET_COMMANDS[letter];
    if (preset) return preset;
  }
  return LETTER_COMMANDS[letter] ?? null;
}

/** Alt+1..Alt+9 by physical key: on a Mac, Alt+digit types a symbol into `key`. */
function scriptSectionFor(code: string): HotkeyCommand | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? { kind: 'script-section', index: Number(match[1]) - 1 } : null;
}

/** The disposition codes by hotkey, from the campaign's dispositions. */
export function outcomeKeyMap(
  dispositions: ReadonlyArray<{ code: string; hotkey: string | null }>,
): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const { code, hotkey } of dispositions) if (hotkey !== null) map.set(hotkey, code);
  return map;
}
