import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../../shared/clock';
import { PoolSim, type Outcome } from './pool-sim';

const REPS = 3;

type Step =
  | { kind: 'arrive'; phone: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'connect' | 'disconnect' | 'pause' | 'resume' | 'dial' | 'own-call'; rep: number }
  | { kind: 'deliver'; rep: number; toHub: boolean; count: number }
  | { kind: 'flush'; rep: number; dial: boolean }
  | { kind: 'hang-up'; rep: number; outcome: Outcome; laterMs: number }
  | { kind: 'tick' }
  | { kind: 'restart-hub' }
  | { kind: 'dnc'; phone: number };

const rep = fc.nat(REPS - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('arrive' as const), phone: fc.nat(40) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(
        fc.integer({ min: 100, max: 20_000 }),
        fc.integer({ min: 1, max: 6 * MINUTE_MS }),
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'connect' as const,
        'disconnect' as const,
        'pause' as const,
        'resume' as const,
      ),
      rep,
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('dial' as const), rep }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('own-call' as const), rep }) },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      rep,
      toHub: fc.boolean(),
      count: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hang-up' as const),
      rep,
      outcome: fc.constantFrom<Outcome>('done', 'retry', 'callback'),
      laterMs: fc.integer({ min: MINUTE_MS, max: 45 * MINUTE_MS }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('flush' as const), rep, dial: fc.boolean() }),
  },
  { weight: 4, arbitrary: fc.constant({ kind: 'tick' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart-hub' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dnc' as const), phone: fc.nat(40) }) },
);

function run(sim: PoolSim, s: Step): void {
  switch (s.kind) {
    case 'arrive':
      return sim.arrive(s.phone);
    case 'advance':
      return sim.advance(s.ms);
    case 'connect':
      return sim.connect(s.rep);
    case 'disconnect':
      return sim.disconnect(s.rep);
    case 'pause':
      return sim.setPaused(s.rep, true);
    case 'resume':
      return sim.setPaused(s.rep, false);
    case 'dial':
      return sim.tryDial(s.rep);
    case 'own-call':
      return sim.ownCall(s.rep);
    case 'deliver':
      for (let i = 0; i < s.count; i += 1) sim.deliver(s.rep, s.toHub);
      return;
    case 'flush':
      return flush(sim, s.rep, s.dial);
    case 'hang-up':
      return sim.hangUp(s.rep, s.outcome, s.laterMs);
    case 'tick':
      return sim.tick();
    case 'restart-hub':
      return sim.restartHub();
    case 'dnc':
      return sim.addDnc(s.phone);
  }
}

/** The rep's connection catches up both ways; an eager rep dials what it is given at once. */
function flush(sim: PoolSim, index: number, dial: boolean): void {
  for (let n = 0; n < 12; n += 1) {
    sim.deliver(index, true);
    sim.deliver(index, false);
    if (dial) sim.tryDial(index);
  }
}

/** Every rep back at work, dialing everything it is given and closing it, until nothing is left. */
function settle(sim: PoolSim): void {
  for (let i = 0; i < REPS; i += 1) {
    sim.connect(i);
    sim.setPaused(i, false);
  }
  for (let round = 0; round < 400 && sim.unsettled().length > 0; round += 1) {
    sim.tick();
    for (let pass = 0; pass < 3; pass += 1) {
      for (let i = 0; i < REPS; i += 1) {
        flush(sim, i, false);
        sim.hangUp(i, 'done', 0);
        sim.tryDial(i);
      }
    }
    sim.advance(round % 50 === 49 ? HOUR_MS : MINUTE_MS);
  }
}

describe('the team pool under connects, disconnects, pauses, clock skew and hub restarts', () => {
  it('never lets two reps dial one lead, never gives a lead a second first call, loses none', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 50, maxLength: 400, size: 'max' }),
        fc.array(fc.integer({ min: -15_000, max: 15_000 }), { minLength: REPS, maxLength: REPS }),
        (steps, skews) => {
          const sim = new PoolSim(REPS, skews);
          for (let i = 0; i < REPS; i += 1) sim.connect(i);
          for (const s of steps) {
            run(sim, s);
            expect(sim.violations).toEqual([]);
          }
          settle(sim);
          expect(sim.violations).toEqual([]);
          expect(sim.unsettled().map((lead) => `${lead.id} ${lead.status}`)).toEqual([]);
          for (const lead of sim.leads.values()) {
            if (!sim.dnc.has(lead.phoneE164)) expect(sim.offered.has(lead.id)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs of up to 400 steps: ~20 s alone, near a minute on a machine busy with other work.
  }, 180_000);
});
