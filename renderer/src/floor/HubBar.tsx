import type { FloorLinkStatus } from '../../../shared/ipc/domains/floor';
import { CopyField } from './CopyField';

type StateWords = Readonly<Record<FloorLinkStatus['state'], string>>;
const HOSTING: StateWords = {
  off: 'off',
  connecting: 'starting',
  connected: 'running',
  offline: 'not running',
};
const FOLLOWING: StateWords = {
  off: 'off',
  connecting: 'connecting',
  connected: 'connected',
  offline: 'unreachable',
};

/** Where the floor comes from, and the addresses to hand out: the hub for reps, the wall screen. */
export function HubBar({ status }: { status: FloorLinkStatus }) {
  const following = status.mode === 'follow';
  const state = (following ? FOLLOWING : HOSTING)[status.state];
  return (
    <section className="floor-hub" aria-label="Team hub" data-testid="floor-status">
      <span className={`floor-hub-dot link-${status.state}`} aria-hidden="true" />
      <span className="floor-hub-state">
        {following ? 'Following the hub' : 'Team hub'} <strong>{state}</strong>
      </span>
      {status.hubUrl && (
        <CopyField label={following ? 'Hub' : 'Reps connect to'} value={status.hubUrl} />
      )}
      {status.lanUrls.map((url) => (
        <CopyField key={url} label="On the LAN" value={url} />
      ))}
      {status.wallUrl && <CopyField label="Wall screen" value={status.wallUrl} secret />}
      {status.lastError && (
        <span role="alert" className="floor-hub-error">
          {status.lastError}
        </span>
      )}
    </section>
  );
}
