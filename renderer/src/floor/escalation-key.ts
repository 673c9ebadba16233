import type { FocusKind } from '../hotkeys/hotkey-map';

export const ESCALATION_KEY_LABEL = 'E';

export interface EscalationKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/** E opens the escalation dialog; never while typing, never held down, never with a modifier. */
export function isEscalationKey(press: EscalationKeyPress, focus: FocusKind): boolean {
  if (focus === 'text-entry' || press.repeat) return false;
  if (press.altKey || press.ctrlKey || press.metaKey) return false;
  return press.key === 'e' || press.key === 'E';
}
