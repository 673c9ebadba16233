import { useEffect, useRef } from 'react';
import { screenForKey } from './screen-shortcut';
import type { ScreenId } from './screens';

/** Listens for Ctrl+1–7 (⌘1–7) anywhere in the window and opens that screen. */
export function useScreenShortcuts(isMac: boolean, onOpen: (screen: ScreenId) => void): void {
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A question asked in a modal dialog is answered (or dismissed) before moving on.
      if (document.querySelector('dialog[open]')?.matches(':modal')) return;
      const screen = screenForKey(event, isMac);
      if (!screen) return;
      event.preventDefault();
      latest.current(screen);
    };
    // In the capture phase: a menu or panel that keeps its keys to itself still lets these pass.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [isMac]);
}
