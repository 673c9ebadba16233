import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app-info';
import { listSegments } from '../../../electron/core/platform/store/journal/segments';
import { openInlineStore, sql } from '../../../electron/core/platform/store';
import { startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';

async function appInfo(dataDir: string): Promise<AppInfo> {
  const core = await startTestCore(dataDir);
  try {
    const answer = await core.dispatcher.dispatch('app.info', []);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as AppInfo;
  } finally {
    await core.close();
  }
}

describe('what opening the data folder found reaches the window', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('is nothing on a sound folder', async () => {
    expect((await appInfo(temp.dir)).storeWarnings).toEqual([]);
  });

  it('names acknowledged changes cut from the journal, and an unreadable settings file', async () => {
    // Acknowledged writes, then the process dies (the store is never closed).
    const { store } = await openInlineStore({ dataDir: temp.dir });
    await store.write(sql`INSERT INTO campaigns (id, name, created_at) VALUES ('c1', 'One', 1)`);
    for (let n = 1; n <= 3; n++) {
      await store.write(sql`UPDATE campaigns SET name = ${`Name ${n}`} WHERE id = 'c1'`);
    }
    fs.rmSync(path.join(temp.dir, 'dialdeck.lock'));
    const [segment] = listSegments(path.join(temp.dir, 'journal')).slice(-1);
    const lines = fs.readFileSync(segment!.file, 'utf8').split('\n');
    fs.writeFileSync(segment!.file, `${lines.slice(0, 2).join('\n')}\n`);
    fs.writeFileSync(path.join(temp.dir, 'settings.json'), '{"repName": "Ana');

    const { storeWarnings } = await appInfo(temp.dir);
    expect(storeWarnings).toEqual([
      expect.stringContaining('2 saved changes are missing from the end of the journal'),
      expect.stringContaining('Your settings could not be read'),
    ]);
  });
});
