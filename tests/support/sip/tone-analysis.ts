import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ToneAnalysis {
  /** The strongest frequency (sox's 4096-point DFT: bins of ~12 Hz at 48 kHz). */
  peakHz: number;
  /** RMS amplitude, 0…1 of full scale. */
  rms: number;
}

/**
 * The dominant frequency and loudness of one channel of a WAV, over `seconds` from `fromSeconds`,
 * by sox's own spectrum (`stat -freq`), summed over its windows.
 */
export async function analyseTone(
  file: string,
  fromSeconds: number,
  seconds: number,
): Promise<ToneAnalysis> {
  const args = [file, '-n', 'remix', '1', 'trim', String(fromSeconds), String(seconds)];
  const { stderr } = await run('sox', [...args, 'stat', '-freq'], { maxBuffer: 64 * 1024 * 1024 });
  const power = new Map<number, number>();
  let rms = Number.NaN;
  for (const line of stderr.split('\n')) {
    const bin = /^\s*([\d.]+)\s+([\d.e+-]+)\s*$/.exec(line);
    if (bin) {
      const hz = Number(bin[1]);
      power.set(hz, (power.get(hz) ?? 0) + Number(bin[2]));
      continue;
    }
    const level = /^RMS\s+amplitude:\s+([\d.]+)/.exec(line);
    if (level) rms = Number(level[1]);
  }
  let peakHz = 0;
  let peakPower = -1;
  for (const [hz, total] of power) {
    if (hz > 0 && total > peakPower) [peakHz, peakPower] = [hz, total];
  }
  if (peakPower < 0) throw new Error(`sox found no spectrum in ${file}:\n${stderr.slice(-500)}`);
  return { peakHz, rms };
}
