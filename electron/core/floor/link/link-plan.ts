import type { PublicSettings } from '../../../../shared/domain/settings';
import type { HubCredential } from '../outbox/hub-connection';

/** Only the secrets the floor uses. */
export interface HubSecrets {
  hubToken: string | null;
  hubRepKey: string | null;
  hubDatabaseUrl?: string | null;
}

export interface RepPlan {
  mode: 'rep';
  hubUrl: string;
  repId: string;
  repName: string;
  timeZone: string;
  credential: HubCredential;
  caFile: string | null;
}

export interface HostPlan {
  mode: 'host';
  port: number;
  host: '127.0.0.1' | '0.0.0.0';
  /** null: none yet; the first start as a supervisor creates one. */
  teamToken: string | null;
  /** A PostgreSQL server's database; null: the embedded one in the app's data folder. */
  databaseUrl: string | null;
  tls: { certFile: string; keyFile: string } | null;
  /** The team's zone for the hub's reports: the supervisor's own. */
  timeZone: string;
}

export interface FollowPlan {
  mode: 'follow';
  hubUrl: string;
  teamToken: string;
  caFile: string | null;
}

export interface OffPlan {
  mode: 'off';
  /** Why, when something is half set up; null when the floor simply is not used. */
  problem: string | null;
}

export type LinkPlan = RepPlan | HostPlan | FollowPlan | OffPlan;

/**
 * What the floor link should run for these settings. A rep publishes when a hub address and a
 * credential are set; a supervisor hosts the hub unless a hub address says it runs elsewhere.
 */
export function planLink(settings: PublicSettings, secrets: HubSecrets): LinkPlan {
  if (settings.role === 'supervisor') {
    if (settings.hubUrl === null) {
      return hostPlan(settings, secrets.hubToken, secrets.hubDatabaseUrl ?? null);
    }
    if (secrets.hubToken === null) {
      return off('Following a remote hub needs its team token: add it in settings.');
    }
    return {
      mode: 'follow',
      hubUrl: settings.hubUrl,
      teamToken: secrets.hubToken,
      caFile: settings.hubTlsCaFile,
    };
  }
  if (settings.hubUrl === null) return off(null);
  const credential: HubCredential | null =
    secrets.hubRepKey !== null
      ? { repKey: secrets.hubRepKey }
      : secrets.hubToken !== null
        ? { teamToken: secrets.hubToken }
        : null;
  if (credential === null) {
    return off(
      'The hub address is set but no team token or rep key is: add one under Settings › Team floor.',
    );
  }
  return {
    mode: 'rep',
    hubUrl: settings.hubUrl,
    repId: settings.repId,
    repName: settings.repName,
    timeZone: settings.repTimeZone,
    credential,
    caFile: settings.hubTlsCaFile,
  };
}

function hostPlan(
  settings: PublicSettings,
  teamToken: string | null,
  databaseUrl: string | null,
): LinkPlan {
  const { hubTlsCertFile: certFile, hubTlsKeyFile: keyFile } = settings;
  if ((certFile === null) !== (keyFile === null)) {
    return off('TLS for the hub needs both a certificate file and its key file.');
  }
  return {
    mode: 'host',
    port: settings.hubPort,
    host: settings.hubExposeOnLan ? '0.0.0.0' : '127.0.0.1',
    teamToken,
    databaseUrl,
    tls: certFile !== null && keyFile !== null ? { certFile, keyFile } : null,
    timeZone: settings.repTimeZone,
  };
}

function off(problem: string | null): OffPlan {
  return { mode: 'off', problem };
}

/** Two plans that run the same way; a change of anything else restarts the link. */
export function samePlan(a: LinkPlan, b: LinkPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
