import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadKpi = (api: DialdeckApi) => api.kpi.today();

/** Today's personal KPIs, replaced on every `kpi.changed`. */
export function useKpi() {
  return useLiveValue('kpi.changed', loadKpi);
}
