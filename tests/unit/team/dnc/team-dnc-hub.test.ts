import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { sql } from '../../../../electron/core/platform/store';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { START, statusReached } from '../../floor/link/support/rep-core';
import { startTestHub } from '../../hub/support/test-hub';
import { startPoolRep } from '../support/pool-rep';

describe("the team's do-not-call list through a real hub", () => {
  let temp: ReturnType<typeof makeTempDir>;
  let hub: Hub;
  let reps: CoreDriver[];

  beforeEach(async () => {
    temp = makeTempDir('dialdeck-team-dnc-hub-');
    ({ hub } = await startTestHub(path.join(temp.dir, 'hub')));
    const hubUrl = `http://127.0.0.1:${hub.port}`;
    reps = await Promise.all(
      ['ana', 'ben'].map((repId) =>
        startPoolRep(path.join(temp.dir, repId), new ManualClock(START), repId, hubUrl),
      ),
    );
    await Promise.all(reps.map((rep) => statusReached(rep, (s) => s.state === 'connected')));
  });
  afterEach(async () => {
    await Promise.all(reps.map((rep) => rep.core.close()));
    await hub.close();
    temp.remove();
  });

  /** Resolves with the entry once the rep's list holds the number. */
  function listedOn(
    rep: CoreDriver,
    phoneE164: string,
  ): Promise<{ source: string; added_by: string }> {
    return new Promise((resolve) => {
      const off = rep.core.events.subscribe((event) => {
        if (event !== 'dnc.changed') return;
        void rep.core.store
          .get<{ source: string; added_by: string }>(
            sql`SELECT source, added_by FROM dnc WHERE phone_e164 = ${phoneE164}`,
          )
          .then((row) => {
            if (!row) return;
            off();
            resolve(row);
          });
      });
    });
  }

  it('reaches the other rep within 2 s of one rep marking a number, with who marked it', async () => {
    const [ana, ben] = reps as [CoreDriver, CoreDriver];
    const onBen = listedOn(ben, '+13125550177');
    const markedAt = performance.now();
    await ana.call('dnc.add', '+1 312 555 0177', 'Asked to be removed');
    expect(await onBen).toEqual({ source: 'team', added_by: 'ana' });
    expect(performance.now() - markedAt).toBeLessThan(2_000);
  });
});
