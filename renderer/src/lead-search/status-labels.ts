import type { LeadStatus } from '../../../shared/domain/lead';

export const STATUS_LABELS: Readonly<Record<LeadStatus, string>> = {
  new: 'New',
  retry: 'Retry',
  callback: 'Callback',
  done: 'Done',
  dnc: 'Do not call',
  held: 'Held',
};
