type SinkAudio = HTMLAudioElement & { setSinkId?: (sinkId: string) => Promise<void> };

/**
 * A short two-note chime on the chosen speaker, so the rep hears where calls will sound.
 * Resolves when it has played; rejects with words when the speaker cannot be used.
 */
export async function playTestTone(outputDeviceId: string | null): Promise<void> {
  const context = new AudioContext();
  const destination = context.createMediaStreamDestination();
  const gain = context.createGain();
  gain.gain.value = 0.2;
  gain.connect(destination);
  const start = context.currentTime + 0.05;
  const played = new Promise<void>((resolve) => {
    [440, 660].forEach((frequency, index) => {
      const tone = context.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(start + index * 0.35);
      tone.stop(start + index * 0.35 + 0.3);
      if (index === 1) tone.onended = () => resolve();
    });
  });
  const audio: SinkAudio = new Audio();
  audio.srcObject = destination.stream;
  try {
    if (outputDeviceId && audio.setSinkId) await audio.setSinkId(outputDeviceId);
    await audio.play();
    await played;
  } catch (error) {
    throw new Error(
      `The test tone could not play on that speaker (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  } finally {
    audio.pause();
    audio.srcObject = null;
    await context.close();
  }
}
