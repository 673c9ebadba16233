import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../../electron/hub/db';
import {
  bundleAckWriter,
  runAckWriterAndKill,
  type KillMoment,
} from '../../support/pglite-kill-run';
import { embeddedDataDir } from '../../support/pglite-template';
import { prng } from '../../support/prng';

/** 20 in npm test; DIALDECK_PGLITE_KILLS=120 for the long run the durability claim rests on. */
const RUNS = Number(process.env.DIALDECK_PGLITE_KILLS ?? 20);
const SEED = Number(process.env.DIALDECK_PGLITE_KILL_SEED ?? 1065);

describe('the embedded adapter under kill -9', () => {
  const removals: (() => void)[] = [];
  afterEach(() => removals.splice(0).forEach((remove) => remove()));

  it(
    `loses no acknowledged write over ${RUNS} SIGKILLs at random moments`,
    async () => {
      const started = performance.now();
      const bundle = await bundleAckWriter();
      const { dir, remove } = await embeddedDataDir();
      removals.push(remove);
      const expectedFile = path.join(dir, 'acked.txt');
      const random = prng(SEED);
      const acked: string[] = [];
      const figures = { startupKills: 0, writeKills: 0, verifiedRuns: 0 };

      for (let run = 0; run < RUNS; run++) {
        const moment: KillMoment =
          random() < 0.2
            ? { kind: 'startup', afterMs: Math.floor(random() * 1_500) }
            : { kind: 'acks', after: Math.floor(random() * 60) };
        const result = await runAckWriterAndKill(
          bundle,
          { dataDir: dir, runId: `r${run}`, expectedFile },
          moment,
        );
        expect(result.missing, `run ${run} (seed ${SEED}) found acknowledged ids missing`).toEqual(
          [],
        );
        if (result.verified !== null) {
          expect(result.verified).toBe(acked.length);
          figures.verifiedRuns++;
        }
        if (moment.kind === 'startup') figures.startupKills++;
        else figures.writeKills++;
        acked.push(...result.acked);
        fs.appendFileSync(expectedFile, result.acked.map((id) => `${id}\n`).join(''));
      }

      const db = await openHubDatabase({ kind: 'embedded', dataDir: dir });
      const stored = new Set(
        (await db.query<{ id: string }>('SELECT id FROM kill_events')).rows.map((row) => row.id),
      );
      await db.close();
      const lost = acked.filter((id) => !stored.has(id));
      console.log(
        `pglite kill -9: ${RUNS} kills (${figures.writeKills} while writing, ` +
          `${figures.startupKills} while opening), ${figures.verifiedRuns} reopen checks, ` +
          `${acked.length} acknowledged, ${stored.size} stored, ${lost.length} lost, ` +
          `${Math.round(performance.now() - started)} ms`,
      );
      expect(lost).toEqual([]);
      expect(acked.length).toBeGreaterThan(RUNS);
    },
    60_000 + RUNS * 6_000,
  );
});
