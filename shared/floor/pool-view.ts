/** The team pool on the floor: what waits for a rep, what reps hold, what keeps going back. */
export interface FloorPool {
  /** New leads callable now that no rep has taken: the speed-to-lead queue of the team. */
  waiting: PoolWaiting;
  /** Retries and callbacks due now that no rep has taken. */
  dueAgain: number;
  /** Offered to a rep and not dialed yet. */
  assigned: number;
  /** Dialed, the outcome not in yet. */
  dialing: number;
  /** Never dialed and given back by a rep at least once (waiting again or offered again). */
  reassigned: number;
  /** Never dialed and given back twice or more: each is an alert. */
  reassignedTwice: PoolLeadNote[];
  /** Callbacks another rep holds because the rep who promised them was away past the grace. */
  movedCallbacks: MovedCallback[];
}

export interface PoolWaiting {
  count: number;
  /** The lead that has waited longest since it reached the hub. */
  oldest: { leadId: string; arrivedAt: number } | null;
  bySource: PoolSourceCount[];
}

export interface PoolSourceCount {
  /** '' for leads posted without a source. */
  source: string;
  count: number;
  oldestArrivedAt: number;
}

export interface PoolLeadNote {
  leadId: string;
  source: string | null;
  reassignCount: number;
}

export interface MovedCallback {
  leadId: string;
  fromRep: string;
  toRep: string;
}

export const EMPTY_FLOOR_POOL: FloorPool = {
  waiting: { count: 0, oldest: null, bySource: [] },
  dueAgain: 0,
  assigned: 0,
  dialing: 0,
  reassigned: 0,
  reassignedTwice: [],
  movedCallbacks: [],
};
