/** getUserMedia for one microphone (or the default), and its refusal in words. */
export function openMicrophone(deviceId: string | null): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    return Promise.reject(new Error('This window has no access to microphones.'));
  }
  const audio: MediaTrackConstraints | boolean = deviceId
    ? { deviceId: { exact: deviceId } }
    : true;
  return navigator.mediaDevices.getUserMedia({ audio, video: false });
}

export function microphoneProblem(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return (
        'Microphone access is denied: allow Dialdeck to use the microphone (macOS: System ' +
        'Settings › Privacy & Security › Microphone; Windows: Settings › Privacy › Microphone).'
      );
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No such microphone: plug one in, or pick another below.';
    case 'NotReadableError':
      return 'The microphone is busy or failing: close other apps that use it, then try again.';
    default:
      return `The microphone could not be opened (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export function stopStream(stream: MediaStream): void {
  stream.getTracks().forEach((track) => track.stop());
}
