/**
 * How far the core's clock is ahead of this window's, learned from a session change: a snapshot
 * whose `stateSince` moved was published the moment the core read its clock, so that reading
 * minus the time it arrived is the offset (give or take the few ms it took to arrive). Snapshots
 * that did not change state say nothing about the time. The clocks differ only when the core
 * runs on simulated time (`--sim-clock-start`), but timers and ages must agree with the core's.
 */
export function clockOffsetFrom(
  previousStateSince: number | null,
  stateSince: number,
  receivedAt: number,
): number | null {
  if (previousStateSince === null || stateSince === previousStateSince) return null;
  return stateSince - receivedAt;
}
