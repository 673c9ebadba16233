import { DAY_MS } from '../../../shared/clock';
import { FloorModel } from '../../../shared/floor/floor-model';
import type { HubStore } from './hub-store';

/** Attempt events this recent can still count in some rep's "today". */
const ATTEMPT_WINDOW_MS = 2 * DAY_MS;

export interface LoadedFloor {
  model: FloorModel;
  /** The last event id the model holds: the floor's tail reads on from here. */
  lastEventId: number;
}

/** Rebuilds the in-memory floor from the hub's database at start-up. */
export async function loadFloor(store: HubStore, now: number): Promise<LoadedFloor> {
  const model = new FloorModel();
  const lastEventId = await store.lastEventId();
  const reps = await store.reps(now);
  for (const rep of reps) {
    const state = model.upsertRep({
      repId: rep.rep_id,
      repName: rep.rep_name,
      timeZone: rep.time_zone,
    });
    state.connected = rep.live;
  }
  for (const { event, receivedAt } of await store.eventsForFloor(
    lastEventId,
    now - ATTEMPT_WINDOW_MS,
  )) {
    // A rep row is written before any of its events; one missing means a damaged table.
    if (model.rep(event.repId)) model.apply(event, receivedAt);
  }
  for (const rep of reps) model.rep(rep.rep_id)?.startStream(rep.last_seq);
  return { model, lastEventId };
}
