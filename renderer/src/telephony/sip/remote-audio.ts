/**
 * Plays the far end's audio (early media included) on the chosen speaker, through an audio
 * element the page keeps while the call lasts. It is marked `data-sip-remote-audio` so the
 * end-to-end test can listen to what the far end sends. Returns how to stop it.
 */
export function playRemoteAudio(
  connection: RTCPeerConnection,
  outputDeviceId: string | null,
): () => void {
  const audio = document.createElement('audio');
  audio.autoplay = true;
  audio.hidden = true;
  audio.setAttribute('data-sip-remote-audio', '');
  document.body.append(audio);
  const sink = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
  if (outputDeviceId && sink.setSinkId) void sink.setSinkId(outputDeviceId).catch(() => undefined);
  const onTrack = (event: RTCTrackEvent) => {
    audio.srcObject = event.streams[0] ?? new MediaStream([event.track]);
    void audio.play().catch(() => undefined);
  };
  connection.addEventListener('track', onTrack);
  return () => {
    connection.removeEventListener('track', onTrack);
    audio.srcObject = null;
    audio.remove();
  };
}
