import type { ConnectionCheck } from '../../../../shared/domain/twilio';
import { microphoneProblem, openMicrophone, stopStream } from './microphone';

/** The connection test's microphone finding: this window opens the chosen microphone, then lets go. */
export async function microphoneCheck(deviceId: string | null): Promise<ConnectionCheck> {
  try {
    const stream = await openMicrophone(deviceId);
    const name = stream.getAudioTracks()[0]?.label;
    stopStream(stream);
    return {
      id: 'microphone',
      status: 'ok',
      message: name ? `The microphone works (${name}).` : 'The microphone works.',
    };
  } catch (error) {
    return { id: 'microphone', status: 'problem', message: microphoneProblem(error) };
  }
}
