import { useEffect, useRef } from 'react';
import { focusKindOf } from '../hotkeys/focus-kind';

/** `/` anywhere in the window (not while typing, not under a modal dialog) opens the lead search. */
export function useSearchShortcut(onSearch: () => void): void {
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.key !== '/') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (focusKindOf(event.target) === 'text-entry') return;
      if (document.querySelector('dialog[open]')?.matches(':modal')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
