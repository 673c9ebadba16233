import { describe, expect, it } from 'vitest';
import {
  screenForKey,
  screenShortcutLabel,
  type ScreenKeyPress,
} from '../../../renderer/src/shell/screen-shortcut';
import { SCREENS } from '../../../renderer/src/shell/screens';

function press(code: string, options: Partial<ScreenKeyPress> = {}): ScreenKeyPress {
  return { code, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...options };
}

describe('screenForKey: Ctrl+1–7 (⌘ on a Mac) opens a screen', () => {
  it.each(SCREENS.map((screen) => [screen.digit, screen.id]))('Ctrl+%s → %s', (digit, id) => {
    expect(screenForKey(press(`Digit${digit}`, { ctrlKey: true }), false)).toBe(id);
  });

  it('reads the physical key, so AZERTY digits (typed with Shift) and the numpad work', () => {
    expect(screenForKey(press('Digit3', { ctrlKey: true }), false)).toBe('callbacks');
    expect(screenForKey(press('Numpad4', { ctrlKey: true }), false)).toBe('dnc');
  });

  it('uses ⌘ on a Mac and Ctrl elsewhere', () => {
    expect(screenForKey(press('Digit2', { metaKey: true }), true)).toBe('leads');
    expect(screenForKey(press('Digit2', { ctrlKey: true }), true)).toBeNull();
    expect(screenForKey(press('Digit2', { metaKey: true }), false)).toBeNull();
  });

  it('leaves the dialer’s keys alone: bare digits, Alt+digits (script sections), repeats', () => {
    expect(screenForKey(press('Digit1'), false)).toBeNull();
    expect(screenForKey(press('Digit1', { altKey: true }), false)).toBeNull();
    expect(screenForKey(press('Digit1', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(screenForKey(press('Digit1', { ctrlKey: true, repeat: true }), false)).toBeNull();
  });

  it('ignores digits with no screen', () => {
    expect(screenForKey(press('Digit8', { ctrlKey: true }), false)).toBeNull();
    expect(screenForKey(press('KeyA', { ctrlKey: true }), false)).toBeNull();
  });

  it('labels the keys the way each platform writes them', () => {
    expect(screenShortcutLabel('3', false)).toBe('Ctrl+3');
    expect(screenShortcutLabel('3', true)).toBe('⌘3');
  });
});
