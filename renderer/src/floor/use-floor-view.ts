import { useEffect, useState } from 'react';
import type { FloorView } from '../../../shared/floor/floor-view';
import type { LiveValue } from '../bridge/use-live-value';
import { getBridge } from '../bridge/get-bridge';
import type { HubClock } from './floor-clock';

export interface FloorFeed {
  /** null: there is no floor yet (the hub is starting, or a remote hub has not answered). */
  view: LiveValue<FloorView | null>;
  clock: HubClock;
}

/**
 * The floor as the hub last pushed it (`floor.changed`, within 250 ms of an event, and every
 * second), with the hub's clock so time in state ticks between pushes.
 */
export function useFloorView(): FloorFeed {
  const [feed, setFeed] = useState<FloorFeed>({
    view: { status: 'loading' },
    clock: { offsetMs: 0 },
  });
  useEffect(() => {
    const api = getBridge();
    let active = true;
    let newest = -1;
    const receive = (view: FloorView | null) => {
      if (view !== null) {
        // A view that arrives late must not replace a newer one.
        if (view.version < newest) return;
        newest = view.version;
      }
      setFeed({
        view: { status: 'ready', value: view },
        clock: { offsetMs: view === null ? 0 : view.at - Date.now() },
      });
    };
    const unsubscribe = api.events.subscribe('floor.changed', receive);
    api.floor.view().then(
      (result) => {
        if (!active) return;
        if (result.ok) {
          if (newest < 0) receive(result.value);
        } else {
          setFeed((current) => ({
            ...current,
            view: { status: 'error', message: result.error.message },
          }));
        }
      },
      (error: Error) =>
        active &&
        setFeed((current) => ({ ...current, view: { status: 'error', message: error.message } })),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return feed;
}
