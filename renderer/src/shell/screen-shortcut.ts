import { SCREENS, type ScreenId } from './screens';

export interface ScreenKeyPress {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/**
 * Ctrl+1–7 (⌘1–7 on a Mac) opens a screen, from anywhere, even while typing: the combination types
 * nothing, and the dialer leaves Ctrl and ⌘ combinations alone. Read by physical key, so a
 * layout whose digits need Shift (AZERTY) still works.
 */
export function screenForKey(press: ScreenKeyPress, isMac: boolean): ScreenId | null {
  const command = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!command || press.altKey || press.repeat) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code)?.[1];
  return SCREENS.find((screen) => screen.digit === digit)?.id ?? null;
}

/** "Ctrl+3" or "⌘3", as shown on the navigation. */
export function screenShortcutLabel(digit: string, isMac: boolean): string {
  return isMac ? `⌘${digit}` : `Ctrl+${digit}`;
}

/** The same, as aria-keyshortcuts spells it. */
export function screenShortcutAria(digit: string, isMac: boolean): string {
  return isMac ? `Meta+${digit}` : `Control+${digit}`;
}
