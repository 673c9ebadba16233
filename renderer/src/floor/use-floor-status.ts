import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadStatus = (api: DialdeckApi) => api.floor.status();

/** This app's link to the team hub: off, connecting, connected or offline (with why). */
export function useFloorStatus() {
  return useLiveValue('floor.statusChanged', loadStatus);
}
