import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadDispositions = (api: DialdeckApi) => api.dispositions.list();

/** The campaign's outcomes and their hotkeys, replaced when they are edited. */
export function useDispositions() {
  return useLiveValue('dispositions.changed', loadDispositions);
}
