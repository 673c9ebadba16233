/** The zone this machine's clock is set to: the team's zone when the hub is given none. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
