import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../../shared/domain/settings';
import { planLink, samePlan } from '../../../../electron/core/floor/link/link-plan';
import { HUB_SETTING_DEFAULTS } from '../../../../electron/core/platform/settings/hub-settings';

const base = {
  repId: 'ana',
  repName: 'Ana',
  role: 'rep',
  repTimeZone: 'America/Chicago',
  ...HUB_SETTING_DEFAULTS,
} as PublicSettings;
const none = { hubToken: null, hubRepKey: null };
const TOKEN = 'team-token-for-tests-0123456789';

describe('what the floor link runs for the settings', () => {
  it('a rep without a hub address: nothing, and nothing to fix', () => {
    expect(planLink(base, { hubToken: TOKEN, hubRepKey: null })).toEqual({
      mode: 'off',
      problem: null,
    });
  });

  it('a rep with an address but no credential: nothing, and says what is missing', () => {
    const plan = planLink({ ...base, hubUrl: 'http://10.0.0.5:5190' }, none);
    expect(plan).toEqual({
      mode: 'off',
      problem: expect.stringMatching(/no team token or rep key/),
    });
  });

  it('a rep publishes with their own key when they have one, else with the team token', () => {
    const settings = { ...base, hubUrl: 'https://hub.example.com', hubTlsCaFile: '/ca.pem' };
    expect(planLink(settings, { hubToken: TOKEN, hubRepKey: 'k'.repeat(43) })).toEqual({
      mode: 'rep',
      hubUrl: 'https://hub.example.com',
      repId: 'ana',
      repName: 'Ana',
      timeZone: 'America/Chicago',
      credential: { repKey: 'k'.repeat(43) },
      caFile: '/ca.pem',
    });
    expect(planLink(settings, { hubToken: TOKEN, hubRepKey: null })).toMatchObject({
      credential: { teamToken: TOKEN },
    });
  });

  it('a supervisor hosts the hub on this machine, or on the LAN with TLS when asked', () => {
    const supervisor = { ...base, role: 'supervisor' as const };
    expect(planLink(supervisor, none)).toEqual({
      mode: 'host',
      port: 5190,
      host: '127.0.0.1',
      teamToken: null,
      databaseUrl: null,
      tls: null,
      timeZone: base.repTimeZone,
    });
    const exposed = {
      ...supervisor,
      hubExposeOnLan: true,
      hubPort: 6000,
      hubTlsCertFile: '/cert.pem',
      hubTlsKeyFile: '/key.pem',
    };
    expect(planLink(exposed, { hubToken: TOKEN, hubRepKey: null })).toEqual({
      mode: 'host',
      port: 6000,
      host: '0.0.0.0',
      teamToken: TOKEN,
      databaseUrl: null,
      tls: { certFile: '/cert.pem', keyFile: '/key.pem' },
      timeZone: base.repTimeZone,
    });
    // The supervisor's settings may put the hosted hub on a PostgreSQL server.
    const url = 'postgres://hub:pw@db:5432/floor';
    expect(planLink(supervisor, { ...none, hubDatabaseUrl: url })).toMatchObject({
      mode: 'host',
      databaseUrl: url,
    });
    expect(planLink({ ...supervisor, hubTlsCertFile: '/cert.pem' }, none)).toEqual({
      mode: 'off',
      problem: expect.stringMatching(/both a certificate file and its key file/),
    });
  });

  it('a supervisor with a hub address follows that hub, with the team token', () => {
    const following = { ...base, role: 'supervisor' as const, hubUrl: 'http://hub:5190' };
    expect(planLink(following, { hubToken: TOKEN, hubRepKey: null })).toEqual({
      mode: 'follow',
      hubUrl: 'http://hub:5190',
      teamToken: TOKEN,
      caFile: null,
    });
    expect(planLink(following, none)).toMatchObject({ mode: 'off' });
  });

  it('restarts only for a change that changes how it runs', () => {
    const rep = { ...base, hubUrl: 'http://hub:5190' };
    const secrets = { hubToken: TOKEN, hubRepKey: null };
    const plan = planLink(rep, secrets);
    expect(samePlan(plan, planLink({ ...rep, dialMode: 'preview' }, secrets))).toBe(true);
    expect(samePlan(plan, planLink({ ...rep, repName: 'Ana B.' }, secrets))).toBe(false);
    expect(samePlan(plan, planLink(rep, { ...secrets, hubToken: `${TOKEN}x` }))).toBe(false);
    const host = { ...base, role: 'supervisor' as const };
    expect(samePlan(planLink(host, secrets), planLink({ ...host, repName: 'Sam' }, secrets))).toBe(
      true,
    );
  });
});
