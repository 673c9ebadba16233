import { HOUR_MS, MINUTE_MS } from '../clock';
import type { PauseCode } from '../domain/session';
import { KPI_TARGETS } from '../kpi';

/** When the hub raises an alert. Every value is configurable per hub. */
export interface AlertThresholds {
  /** A fresh lead untouched this long breaches the speed-to-lead SLA. */
  leadSlaMs: number;
  /** A new lead in the team pool no rep could take for this long: no rep is free. */
  poolUnassignedMs: number;
  /** Idle or previewing without dialing. */
  repIdleMs: number;
  /** Paused, for pause codes without their own limit. */
  repPausedMs: number;
  /** Longer limits for pauses that are long by nature. */
  pausedByCodeMs: Partial<Record<PauseCode, number>>;
  /** Dialing or ringing: a provider's ring timeout is ~30 s, so this long means a hung call. */
  dialingStuckMs: number;
  connectedStuckMs: number;
  wrapUpStuckMs: number;
  /**
   * "Far below target by midday": from this local hour, with at least minContacts contacts today,
   * a conversion rate under belowRate (half the 20 % target by default).
   */
  lowConversion: { fromLocalHour: number; minContacts: number; belowRate: number };
}

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = {
  leadSlaMs: KPI_TARGETS.responseTimeMs,
  poolUnassignedMs: 2 * MINUTE_MS,
  repIdleMs: 5 * MINUTE_MS,
  repPausedMs: 15 * MINUTE_MS,
  pausedByCodeMs: { meeting: HOUR_MS, training: HOUR_MS },
  dialingStuckMs: 90_000,
  connectedStuckMs: 30 * MINUTE_MS,
  wrapUpStuckMs: 5 * MINUTE_MS,
  lowConversion: {
    fromLocalHour: 12,
    minContacts: 10,
    belowRate: KPI_TARGETS.conversionRate / 2,
  },
};

export type AlertThresholdsPatch = Partial<Omit<AlertThresholds, 'lowConversion'>> & {
  lowConversion?: Partial<AlertThresholds['lowConversion']>;
};

export function withThresholds(patch: AlertThresholdsPatch = {}): AlertThresholds {
  return {
    ...DEFAULT_ALERT_THRESHOLDS,
    ...patch,
    pausedByCodeMs: { ...DEFAULT_ALERT_THRESHOLDS.pausedByCodeMs, ...patch.pausedByCodeMs },
    lowConversion: { ...DEFAULT_ALERT_THRESHOLDS.lowConversion, ...patch.lowConversion },
  };
}
