import { useEffect, useRef } from 'react';
import { focusKindOf } from '../hotkeys/focus-kind';
import { isEscalationKey } from './escalation-key';

/** Listens for E on the window, like the view's other hotkeys (a handled key is left alone). */
export function useEscalationKey(enabled: boolean, onPress: () => void): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (!isEscalationKey(event, focusKindOf(event.target))) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
