import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from '../../../electron/browser/browser-args';

describe('browser-mode flags for the simulated line', () => {
  it('are off by default', () => {
    const args = parseBrowserArgs(['--data-dir', '/tmp/x']);
    expect(args.simulation).toEqual({});
    expect(args.clockStart).toBeNull();
    expect(args.settingsOverrides).toEqual({});
  });

  it('read a seed, scripted outcomes, a speed, a dial mode and a clock start', () => {
    const args = parseBrowserArgs([
      '--sim-seed',
      '42',
      '--sim-outcomes',
      'answer, no-answer,busy,machine,failed',
      '--sim-speed',
      'fast',
      '--dial-mode',
      'preview',
      '--sim-clock-start',
      '2026-03-10T15:00:00Z',
    ]);
    expect(args.simulation).toEqual({
      seed: 42,
      outcomes: ['answer', 'no-answer', 'busy', 'machine', 'failed'],
      speed: 'fast',
    });
    expect(args.settingsOverrides).toEqual({ dialMode: 'preview' });
    expect(args.clockStart).toBe(Date.UTC(2026, 2, 10, 15, 0, 0));
  });

  it('take a name on the command line as the first-run setup done', () => {
    expect(parseBrowserArgs(['--rep-name', 'Alex Morgan'], {}).settingsOverrides).toEqual({
      repName: 'Alex Morgan',
      setupComplete: true,
    });
  });

  it('say what is wrong with a bad value', () => {
    expect(() => parseBrowserArgs(['--sim-seed', 'abc'])).toThrow(
      '--sim-seed must be a whole number of 0 or more, got "abc".',
    );
    expect(() => parseBrowserArgs(['--sim-outcomes', 'answer,hello'])).toThrow(
      /"hello" is not one/,
    );
    expect(() => parseBrowserArgs(['--sim-speed', 'warp'])).toThrow(
      '--sim-speed must be one of normal, fast, instant, got "warp".',
    );
    expect(() => parseBrowserArgs(['--dial-mode', 'auto'])).toThrow(/--dial-mode must be/);
    expect(() => parseBrowserArgs(['--sim-clock-start', 'tomorrow'])).toThrow(
      /--sim-clock-start must be an ISO 8601 time/,
    );
  });
});
