import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * Whether the screen this is rendered in is the one on view. Screens stay mounted once opened, so
 * a half-typed form or a search survives a trip to the dialer; a hidden one does nothing.
 */
export const ScreenActiveContext = createContext(true);

export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}

/**
 * Keeps a screen's list fresh without work while it is hidden: `subscribe` runs only while the
 * screen is on view, and the list is read again each time the screen comes back into view.
 */
export function useFreshWhileShown(reload: () => void, subscribe: () => () => void): void {
  const active = useScreenActive();
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current) reload();
    wasActive.current = active;
  }, [active, reload]);
  useEffect(() => (active ? subscribe() : undefined), [active, subscribe]);
}
