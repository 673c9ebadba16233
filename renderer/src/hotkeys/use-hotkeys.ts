import { useEffect, useRef } from 'react';
import { focusKindOf } from './focus-kind';
import { commandForKey, type HotkeyCommand, type HotkeyContext } from './hotkey-map';

/**
 * Listens for the view's hotkeys on the window. Menus and dialogs that handle a key themselves
 * stop it or prevent its default, and then it is left alone here.
 */
export function useHotkeys(
  context: Omit<HotkeyContext, 'focus'>,
  onCommand: (command: HotkeyCommand) => void,
): void {
  const latest = useRef({ context, onCommand });
  useEffect(() => {
    latest.current = { context, onCommand };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const focus = focusKindOf(event.target);
      const command = commandForKey(event, { ...latest.current.context, focus });
      if (!command) return;
      event.preventDefault();
      latest.current.onCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
