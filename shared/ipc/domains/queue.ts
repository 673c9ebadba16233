import type { QueueSummary } from '../../domain/queue';

export interface QueueMethods {
  'queue.summary': () => QueueSummary;
}

export interface QueueEvents {
  'queue.changed': QueueSummary;
}
