import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';

/** Everything that shapes a simulated working day; every field has a realistic default. */
export interface SimulationOptions {
  seed: number;
  /** The rep's working day, `YYYY-MM-DD` (default a Tuesday). */
  date: string;
  repTimeZone: string;
  shiftStart: string;
  shiftEnd: string;
  /** Live leads arriving during the shift (Poisson). */
  leadsPerHour: number;
  /** Leads that arrived since the end of yesterday's shift, waiting at the start. */
  backlogLeads: number;
  /** Leads from earlier days whose next cadence attempt falls due this morning. */
  carriedRetries: number;
  /** Callbacks promised on earlier days for times during this shift. */
  carriedCallbacks: number;
  /** Where leads are, by weight; null is a lead whose zone could not be resolved. */
  zoneWeights: readonly (readonly [string | null, number])[];
  /** Share of arriving leads whose number is already on the DNC list. */
  dncShare: number;
  rules: CampaignRules;
  /** Extra variants of Dialdeck's policy to compare (a different atRiskMinutes each). */
  atRiskVariants: readonly number[];
}

export const DEFAULT_SIMULATION_OPTIONS: SimulationOptions = {
  seed: 20260310,
  date: '2026-03-10',
  repTimeZone: 'America/New_York',
  shiftStart: '08:00',
  shiftEnd: '18:00',
  leadsPerHour: 6,
  backlogLeads: 25,
  carriedRetries: 20,
  carriedCallbacks: 3,
  zoneWeights: [
    ['America/New_York', 34],
    ['America/Chicago', 24],
    ['America/Denver', 8],
    ['America/Phoenix', 3],
    ['America/Los_Angeles', 16],
    ['Europe/London', 7],
    ['Europe/Berlin', 5],
    [null, 3],
  ],
  dncShare: 0.03,
  rules: DEFAULT_CAMPAIGN_RULES,
  atRiskVariants: [],
};

export function resolveOptions(options: Partial<SimulationOptions> = {}): SimulationOptions {
  return { ...DEFAULT_SIMULATION_OPTIONS, ...options };
}
