import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadMine = (api: DialdeckApi) => api.floor.myEscalations();

/** This rep's escalations: sending, waiting for the supervisor, or answered (until dismissed). */
export function useMyEscalations() {
  return useLiveValue('floor.myEscalationsChanged', loadMine);
}
