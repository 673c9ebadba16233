import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../../electron/hub/hub-args';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { ADAPTERS } from '../../../support/hub-db-fixture';
import { seedEmbeddedDatabase } from '../../../support/pglite-template';
import { useHubPlaces, type HubPlace } from '../support/hub-place';
import { startTestHub } from '../support/test-hub';
import { postJson } from './intake-server';

function hubCommand(place: HubPlace, args: string[]) {
  const database = place.databaseUrl ? ['--database-url', place.databaseUrl] : [];
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/hub/main.ts', '--data-dir', place.dataDir, ...database, ...args],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('intake key arguments', () => {
  it('takes one of --intake-key, --list-intake-keys and --revoke-intake-key', () => {
    const base = ['--data-dir', 'd'];
    expect(parseHubArgs([...base, '--intake-key', 'web form'], {}).intakeKeys).toEqual({
      kind: 'create',
      source: 'web form',
    });
    expect(parseHubArgs([...base, '--list-intake-keys'], {}).intakeKeys).toEqual({ kind: 'list' });
    expect(parseHubArgs([...base, '--revoke-intake-key', 'ik_1'], {}).intakeKeys).toEqual({
      kind: 'revoke',
      id: 'ik_1',
    });
    expect(parseHubArgs(base, {}).intakeKeys).toBeNull();
    expect(() => parseHubArgs([...base, '--list-intake-keys', '--intake-key', 'x'], {})).toThrow(
      'Give one of --intake-key, --list-intake-keys and --revoke-intake-key.',
    );
  });
});

describe.each(ADAPTERS)('intake keys from the command line, %s adapter', (kind) => {
  const places = useHubPlaces(kind);
  let place: HubPlace;
  let hub: Hub | null = null;

  afterEach(async () => {
    await hub?.close();
    hub = null;
    await place.remove();
  });

  const startHub = async () =>
    (hub = (await startTestHub(place.dataDir, { databaseUrl: place.databaseUrl })).hub);
  const stopHub = async () => {
    await hub?.close();
    hub = null;
  };

  it('prints a new key that the hub accepts, keeps only its hash, lists and revokes it', async () => {
    place = await places.create('dialdeck-intake-keys-');
    if (kind === 'embedded') await seedEmbeddedDatabase(place.dataDir);
    const made = hubCommand(place, ['--intake-key', 'website form']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const [key, about] = made.stdout.split('\n');
    expect(key).toMatch(/^dk_in_[A-Za-z0-9_-]{43}$/);
    const id = /Intake key (ik_[0-9a-f]{12}) for "website form"/.exec(about ?? '')?.[1];
    expect(id).toBeDefined();

    const stored = await place.query<{ id: string; source: string; key_hash: string }>(
      'SELECT id, source, key_hash FROM intake_keys',
    );
    expect(stored).toEqual([
      {
        id,
        source: 'website form',
        key_hash: crypto.createHash('sha256').update(key!).digest('hex'),
      },
    ]);

    const listed = hubCommand(place, ['--list-intake-keys']);
    expect(listed.stdout).toMatch(new RegExp(`^${id}  \\S+Z  live {5}website form\\n$`));
    expect(listed.stdout).not.toContain(key);

    await startHub();
    const posted = await postJson(
      `${hub!.url}/api/leads`,
      { phone: '+14155550100' },
      { bearer: key },
    );
    expect(posted).toMatchObject({ status: 201, body: { status: 'queued' } });
    await stopHub();

    const revoked = hubCommand(place, ['--revoke-intake-key', id!]);
    expect(revoked.stdout).toContain(`Intake key ${id} revoked`);
    expect(hubCommand(place, ['--list-intake-keys']).stdout).toMatch(
      new RegExp(`^${id}  \\S+Z  revoked \\S+Z  website form\\n$`),
    );
    const unknown = hubCommand(place, ['--revoke-intake-key', 'ik_000000000000']);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toContain('No intake key has the id "ik_000000000000"');

    await startHub();
    const refused = await postJson(
      `${hub!.url}/api/leads`,
      { phone: '+14155550101' },
      { bearer: key },
    );
    expect(refused.status).toBe(401);
  });
});
