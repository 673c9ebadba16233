import type { Page } from '@playwright/test';

/**
 * Runs in the page (plain JS: the Node project's types have no DOM). One WebAudio analyser on the
 * stream of the SIP phone's audio element (`data-sip-remote-audio`), made once and kept; answers
 * the strongest frequency, or null with no such stream or nothing above the noise (-70 dBFS).
 */
const PEAK_IN_PAGE = `(() => {
  const element = document.querySelector('audio[data-sip-remote-audio]');
  const stream = element && element.srcObject;
  if (!(stream instanceof MediaStream) || stream.getAudioTracks().length === 0) return null;
  if (!window.__sipListening || window.__sipListening.stream !== stream) {
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    context.createMediaStreamSource(stream).connect(analyser);
    window.__sipListening = { analyser, context, stream };
  }
  const { analyser, context } = window.__sipListening;
  const levels = new Float32Array(analyser.frequencyBinCount);
  analyser.getFloatFrequencyData(levels);
  let peak = 1;
  for (let bin = 2; bin < levels.length; bin++) if (levels[bin] > levels[peak]) peak = bin;
  if (!(levels[peak] > -70)) return null;
  return (peak * context.sampleRate) / analyser.fftSize;
})()`;

/** The strongest frequency the page hears from the far end, or null while it hears nothing. */
export async function remoteAudioPeakHz(page: Page): Promise<number | null> {
  const peak: unknown = await page.evaluate(PEAK_IN_PAGE);
  return typeof peak === 'number' ? peak : null;
}
