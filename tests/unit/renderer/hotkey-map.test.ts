import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import {
  commandForKey,
  outcomeKeyMap,
  type FocusKind,
  type HotkeyContext,
  type KeyPress,
} from '../../../renderer/src/hotkeys/hotkey-map';

const outcomeByKey = outcomeKeyMap(DEFAULT_DISPOSITIONS);

function press(key: string, options: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    code: '',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    repeat: false,
    ...options,
  };
}

function context(focus: FocusKind = 'elsewhere', callbackPresetsActive = false): HotkeyContext {
  return { focus, outcomeByKey, callbackPresetsActive };
}

describe('commandForKey: the default hotkeys of the brief', () => {
  it.each([
    [' ', { kind: 'dial-or-hang-up' }],
    ['Enter', { kind: 'confirm' }],
    ['Escape', { kind: 'hang-up' }],
    ['n', { kind: 'focus-notes' }],
    ['p', { kind: 'pause-or-resume' }],
    ['s', { kind: 'skip' }],
    ['m', { kind: 'toggle-mute' }],
  ])('%j → %j', (key, command) => {
    expect(commandForKey(press(key), context())).toEqual(command);
  });

  it('reads letters the same with Shift or Caps Lock', () => {
    expect(commandForKey(press('N'), context())).toEqual({ kind: 'focus-notes' });
    expect(commandForKey(press('P'), context())).toEqual({ kind: 'pause-or-resume' });
  });

  it('maps 1–9 to the dispositions by their hotkeys', () => {
    const hotkeys = [
      ['1', 'converted'],
      ['2', 'callback'],
      ['6', 'no-answer'],
      ['9', 'bad-number'],
    ] as const;
    for (const [key, code] of hotkeys) {
      expect(commandForKey(press(key), context())).toEqual({ kind: 'choose-outcome', code });
    }
    expect(commandForKey(press('0'), context())).toBeNull();
  });

  it('follows edited dispositions: a key without an outcome does nothing', () => {
    const edited = outcomeKeyMap([
      { code: 'sale', hotkey: '3' },
      { code: 'busy', hotkey: null },
    ]);
    const ctx = { ...context(), outcomeByKey: edited };
    expect(commandForKey(press('3'), ctx)).toEqual({ kind: 'choose-outcome', code: 'sale' });
    expect(commandForKey(press('1'), ctx)).toBeNull();
  });

  it('has the extra keys: keypad, undo, script sections', () => {
    expect(commandForKey(press('k'), context())).toEqual({ kind: 'toggle-keypad' });
    expect(commandForKey(press('u'), context())).toEqual({ kind: 'undo' });
    expect(commandForKey(press('['), context())).toEqual({ kind: 'script-previous' });
    expect(commandForKey(press(']'), context())).toEqual({ kind: 'script-next' });
  });
});

describe('commandForKey: never while typing', () => {
  const typing = context('text-entry');
  it.each([' ', 'Enter', '1', '9', 'n', 'p', 's', 'm', 'k', 'u', '[', 'h'])(
    '%j in a text field is the field’s',
    (key) => {
      expect(commandForKey(press(key), typing)).toBeNull();
    },
  );

  it('Esc in a text field leaves the field instead of hanging up', () => {
    expect(commandForKey(press('Escape'), typing)).toEqual({ kind: 'leave-field' });
  });

  it('Alt+digit in a text field is the field’s too', () => {
    expect(commandForKey(press('1', { altKey: true, code: 'Digit1' }), typing)).toBeNull();
  });
});

describe('commandForKey: a control reached with the keyboard', () => {
  const onButton = context('focused-control');
  it('keeps Space and Enter to activate it', () => {
    expect(commandForKey(press(' '), onButton)).toBeNull();
    expect(commandForKey(press('Enter'), onButton)).toBeNull();
  });
  it('still hears the other hotkeys', () => {
    expect(commandForKey(press('Escape'), onButton)).toEqual({ kind: 'hang-up' });
    expect(commandForKey(press('4'), onButton)).toEqual({
      kind: 'choose-outcome',
      code: 'not-interested',
    });
    expect(commandForKey(press('m'), onButton)).toEqual({ kind: 'toggle-mute' });
  });
});

describe('commandForKey: modifiers and repeats', () => {
  it('leaves Ctrl and Cmd combinations to the browser and the system', () => {
    expect(commandForKey(press('1', { ctrlKey: true }), context())).toBeNull();
    expect(commandForKey(press('n', { metaKey: true }), context())).toBeNull();
    expect(commandForKey(press(' ', { ctrlKey: true }), context())).toBeNull();
  });

  it('ignores a held key, so holding Space never dials then hangs up', () => {
    expect(commandForKey(press(' ', { repeat: true }), context())).toBeNull();
    expect(commandForKey(press('1', { repeat: true }), context())).toBeNull();
  });

  it('jumps to script sections with Alt+1..9 by physical key (a Mac types ¡ for Alt+1)', () => {
    expect(commandForKey(press('¡', { altKey: true, code: 'Digit1' }), context())).toEqual({
      kind: 'script-section',
      index: 0,
    });
    expect(commandForKey(press('9', { altKey: true, code: 'Numpad9' }), context())).toEqual({
      kind: 'script-section',
      index: 8,
    });
    expect(commandForKey(press('0', { altKey: true, code: 'Digit0' }), context())).toBeNull();
    expect(commandForKey(press('n', { altKey: true, code: 'KeyN' }), context())).toBeNull();
  });
});

describe('commandForKey: callback presets', () => {
  it('listen only while a callback outcome is chosen', () => {
    expect(commandForKey(press('h'), context('elsewhere', true))).toEqual({
      kind: 'callback-in-an-hour',
    });
    expect(commandForKey(press('t'), context('elsewhere', true))).toEqual({
      kind: 'callback-tomorrow-morning',
    });
    expect(commandForKey(press('c'), context('elsewhere', true))).toEqual({
      kind: 'callback-pick',
    });
    expect(commandForKey(press('h'), context())).toBeNull();
    expect(commandForKey(press('t'), context())).toBeNull();
  });

  it('never shadow the brief’s keys', () => {
    const ctx = context('elsewhere', true);
    expect(commandForKey(press('n'), ctx)).toEqual({ kind: 'focus-notes' });
    expect(commandForKey(press('2'), ctx)).toEqual({ kind: 'choose-outcome', code: 'callback' });
  });
});
