import { useEffect, useRef } from 'react';
import { focusKindOf } from '../hotkeys/focus-kind';
import { useScreenActive } from '../shell/screen-active';

interface LeadPageKeys {
  /** `D`: dial the lead now. */
  onDial: () => void;
  /** `Esc`: back to the results. */
  onBack: () => void;
}

/** The lead page's keys: never while typing, with a modifier, or while a dialog asks. */
export function useLeadPageKeys(keys: LeadPageKeys): void {
  const active = useScreenActive();
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey) return;
      if (event.metaKey || focusKindOf(event.target) === 'text-entry') return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key.toLowerCase() === 'd') latest.current.onDial();
      else if (event.key === 'Escape') latest.current.onBack();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
