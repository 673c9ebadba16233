import type { ReactNode } from 'react';
import { ScreenActiveContext } from './screen-active';

/** Holds one screen, hidden (but still mounted) while another is on view. */
export function ScreenSlot({ active, children }: { active: boolean; children: ReactNode }) {
  return (
    <div className="screen-slot" hidden={!active}>
      <ScreenActiveContext.Provider value={active}>{children}</ScreenActiveContext.Provider>
    </div>
  );
}
