import { useEffect, useState } from 'react';
import { microphoneProblem, openMicrophone, stopStream } from './microphone';

export type MicLevel =
  | { state: 'off' }
  | { state: 'starting' }
  | { state: 'live'; level: number }
  | { state: 'problem'; message: string };

/** The microphone's loudness (0–1, from RMS), live while `on`; the microphone is released when off. */
export function useMicLevel(deviceId: string | null, on: boolean): MicLevel {
  const source = deviceId ?? '';
  const [reading, setReading] = useState<{ source: string; level: MicLevel } | null>(null);
  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let frame = 0;
    let stream: MediaStream | null = null;
    let context: AudioContext | null = null;
    const report = (level: MicLevel) => {
      if (!stopped) setReading({ source, level });
    };
    openMicrophone(source === '' ? null : source).then(
      (opened) => {
        stream = opened;
        if (stopped) return stopStream(opened);
        context = new AudioContext();
        const analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        context.createMediaStreamSource(opened).connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        const measure = () => {
          analyser.getFloatTimeDomainData(samples);
          const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
          // Speech sits around 0.05–0.3 RMS; scaled so that talking fills most of the bar.
          report({ state: 'live', level: Math.min(1, rms * 4) });
          frame = requestAnimationFrame(measure);
        };
        measure();
      },
      (error: unknown) => report({ state: 'problem', message: microphoneProblem(error) }),
    );
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      if (stream) stopStream(stream);
      void context?.close();
    };
  }, [source, on]);
  if (!on) return { state: 'off' };
  return reading?.source === source ? reading.level : { state: 'starting' };
}
