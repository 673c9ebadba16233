import type { AlertKind } from '../../../shared/floor/floor-view';

export const ALERT_LABELS: Readonly<Record<AlertKind, string>> = {
  'lead-sla': 'Lead waiting',
  'rep-idle': 'Rep idle',
  'rep-paused': 'Long pause',
  'call-stuck': 'Call stuck',
  'low-conversion': 'Low conversion',
  'pool-unassigned': 'Leads wait for a rep',
  'pool-reassigned': 'Lead passed around',
  'callback-moved': 'Callback moved',
};
