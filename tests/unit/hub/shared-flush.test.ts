import { describe, expect, it } from 'vitest';
import { SharedFlush } from '../../../electron/hub/db/shared-flush';

describe('SharedFlush', () => {
  it('gives the calls of one turn one flush, and a call during a flush the next one', async () => {
    const flushes: number[] = [];
    let release: () => void = () => {};
    let started: () => void = () => {};
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const flush = new SharedFlush(async () => {
      flushes.push(flushes.length + 1);
      if (flushes.length === 1) {
        started();
        await new Promise<void>((resolve) => (release = resolve));
      }
    });

    const sameTurn = [flush.after(), flush.after(), flush.after()];
    await firstStarted;
    // The first flush has started: a commit finishing now is not covered by it.
    const during = flush.after();
    expect(flushes).toEqual([1]);
    release();
    await Promise.all(sameTurn);
    await during;
    expect(flushes).toEqual([1, 2]);
  });

  it('fails every caller of a flush that fails, and flushes again for the next caller', async () => {
    let fail = true;
    const flush = new SharedFlush(() =>
      fail ? Promise.reject(new Error('fsync failed: EIO')) : Promise.resolve(),
    );
    const results = await Promise.allSettled([flush.after(), flush.after()]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(flush.after()).resolves.toBeUndefined();
  });
});
