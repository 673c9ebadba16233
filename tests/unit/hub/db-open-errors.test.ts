import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../../electron/hub/db';
import { folderDigest } from '../../support/folder-digest';
import { useHubDatabases } from '../../support/hub-db-fixture';
import { PASSWORD_ROLE } from '../../support/pg-cluster';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the server adapter says why it cannot connect', () => {
  const fixture = useHubDatabases('server');
  const open = (url: string) => openHubDatabase({ kind: 'server', url });

  it('names host and port when nothing listens there', async () => {
    const port = await closedPort();
    await expect(open(`postgres://hub@127.0.0.1:${port}/hub`)).rejects.toMatchObject({
      reason: 'unreachable',
      message: expect.stringMatching(
        new RegExp(`^cannot reach the database at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`),
      ),
    });
  });

  it('names a host that does not resolve', async () => {
    await expect(open('postgres://hub@no-such-host.invalid:5433/hub')).rejects.toThrow(
      /^cannot reach the database at no-such-host\.invalid:5433/,
    );
  });

  it('names the role the server refused, and never the password', async () => {
    const cluster = fixture.cluster();
    await expect(open(cluster.url('postgres', 'nobody_here'))).rejects.toMatchObject({
      reason: 'login-refused',
      message: expect.stringContaining('the database refused the login for role nobody_here'),
    });
    const wrong = open(cluster.url('postgres', PASSWORD_ROLE.name, 'wrong-secret'));
    await expect(wrong).rejects.toThrow(
      `the database refused the login for role ${PASSWORD_ROLE.name} at 127.0.0.1:${cluster.port}`,
    );
    await expect(wrong).rejects.not.toThrow(/wrong-secret/);
    const right = await open(cluster.url('postgres', PASSWORD_ROLE.name, PASSWORD_ROLE.password));
    fixture.onCleanup(() => right.close());
    expect((await right.query('SELECT current_user AS me')).rows).toEqual([
      { me: PASSWORD_ROLE.name },
    ]);
  });

  it('names a database that does not exist, and says how to create it', async () => {
    await expect(open(fixture.cluster().url('no_such_db'))).rejects.toThrow(
      'the database "no_such_db" does not exist at 127.0.0.1',
    );
  });

  it('refuses a URL that is not a postgres:// URL', async () => {
    await expect(open('mysql://hub@127.0.0.1/hub')).rejects.toThrow(
      'the database URL starts with mysql:// but must start with postgres://',
    );
    await expect(open('not a url')).rejects.toThrow('the database URL is not a URL');
  });
});

describe('the embedded adapter keeps a data folder that will not open', () => {
  const fixture = useHubDatabases('embedded');

  const damagedFolder = async (damage: (pgDir: string) => void) => {
    const place = (await fixture.place()) as { dataDir: string };
    const pgDir = path.join(place.dataDir, 'pg');
    damage(pgDir);
    const before = folderDigest(pgDir);
    const failure = openHubDatabase({ kind: 'embedded', ...place });
    return { pgDir, before, failure };
  };

  it('names the folder when pg_control is damaged, and changes no file in it', async () => {
    const { pgDir, before, failure } = await damagedFolder((pgDir) => {
      const control = path.join(pgDir, 'global', 'pg_control');
      const bytes = fs.readFileSync(control);
      bytes.fill(0x5a, 0, 64);
      fs.writeFileSync(control, bytes);
    });
    await expect(failure).rejects.toMatchObject({
      reason: 'data-folder-damaged',
      message: expect.stringContaining(`The hub's database folder ${pgDir} will not open`),
    });
    expect(folderDigest(pgDir)).toEqual(before);
  });

  it('never lets PGlite run initdb over a folder without PG_VERSION', async () => {
    const { pgDir, before, failure } = await damagedFolder((pgDir) =>
      fs.rmSync(path.join(pgDir, 'PG_VERSION')),
    );
    await expect(failure).rejects.toThrow(
      `The hub's database folder ${pgDir} will not open (PG_VERSION is missing`,
    );
    expect(folderDigest(pgDir)).toEqual(before);
  });
});
