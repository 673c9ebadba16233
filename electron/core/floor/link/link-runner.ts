import type { FloorView } from '../../../../shared/floor/floor-view';
import type { FloorLinkStatus } from '../../../../shared/ipc/domains/floor';
import type { FloorSource } from './floor-source';

/** One way of being on the floor (see LinkPlan), from start to stop. */
export interface LinkRunner {
  status(): FloorLinkStatus;
  /** Supervisors: the floor they see; null for a rep or while there is none yet. */
  floor(): FloorSource | null;
  /** New entries in the outbox (reps). */
  notify(): void;
  stop(): Promise<void>;
}

/** How a runner tells the link that its status changed or a floor view arrived. */
export interface RunnerEvents {
  statusChanged(): void;
  view(view: FloorView): void;
}

export const OFF_STATUS: FloorLinkStatus = {
  mode: 'off',
  state: 'off',
  hubUrl: null,
  lanUrls: [],
  wallUrl: null,
  lastError: null,
  retryAt: null,
  waiting: 0,
};

export function offRunner(problem: string | null): LinkRunner {
  const status = { ...OFF_STATUS, lastError: problem };
  return {
    status: () => status,
    floor: () => null,
    notify: () => undefined,
    stop: () => Promise.resolve(),
  };
}
