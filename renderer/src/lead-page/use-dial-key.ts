import { useEffect, useRef } from 'react';
import { focusKindOf } from '../hotkeys/focus-kind';
import { useScreenActive } from '../shell/screen-active';

/** `D` dials the lead on view: never while typing, with a modifier, or while a dialog asks. */
export function useDialKey(onDial: () => void): void {
  const active = useScreenActive();
  const latest = useRef(onDial);
  useEffect(() => {
    latest.current = onDial;
  });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey) return;
      if (event.metaKey || event.key.toLowerCase() !== 'd') return;
      if (focusKindOf(event.target) === 'text-entry') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
