import type { QueueSummary } from '../../../shared/domain/queue';
import { formatDuration, formatLocalTime } from '../../../shared/format/time';

const cityOf = (timeZone: string) => (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');

/**
 * Why there is no lead on screen, in words a rep can act on: an empty queue is not the same as a
 * queue whose leads are all asleep in their time zones.
 */
export function emptyQueueText(
  queue: QueueSummary | null,
  repTimeZone: string,
  now: number,
): string {
  if (queue === null) return 'Loading the queue…';
  if (queue.count === 0) {
    return queue.held > 0
      ? `Nothing to dial: ${plural(queue.held, 'lead is', 'leads are')} held for review (Leads, Ctrl+2).`
      : 'The queue is empty. Import leads to start dialing.';
  }
  const waiting = plural(queue.count, 'lead waits', 'leads wait');
  const window = queue.nextWindow;
  if (window === null) {
    return `Nothing to dial right now: ${waiting} for a callback time or the spacing between attempts.`;
  }
  const opens = formatLocalTime(window.opensAt, repTimeZone);
  return (
    `Nothing to dial right now: ${waiting} for calling hours. The first window opens at ${opens} ` +
    `your time (${formatLocalTime(window.opensAt, window.timeZone)} in ${cityOf(window.timeZone)}), ` +
    `in ${formatDuration(window.opensAt - now)}.` +
    (window.rule ? ` ${window.rule}'s calling rule holds them until then.` : '')
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
