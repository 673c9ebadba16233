export { QueueCounts } from './queue-counts';
export { queueSummary } from './queue-summary';
export { WindowWake } from './window-wake';
