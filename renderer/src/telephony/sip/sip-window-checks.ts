import type { PublicSettings } from '../../../../shared/domain/settings';
import type { ConnectionCheck } from '../../../../shared/domain/twilio';
import { microphoneCheck } from '../audio/microphone-check';
import type { SipHostStatus } from './sip-host-status';

/** What only this window can check: that its SIP phone signed in, and its microphone. */
export async function sipWindowChecks(
  settings: PublicSettings,
  signIn: Promise<SipHostStatus | null>,
): Promise<ConnectionCheck[]> {
  const [status, microphone] = await Promise.all([
    signIn,
    microphoneCheck(settings.audioInputDeviceId),
  ]);
  return [signInCheck(settings, status), microphone];
}

export function signInCheck(
  settings: PublicSettings,
  status: SipHostStatus | null,
): ConnectionCheck {
  if (status === null) {
    return {
      id: 'registration',
      status: settings.telephonyProvider === 'sip' ? 'problem' : 'skipped',
      message:
        settings.telephonyProvider === 'sip'
          ? 'The SIP phone is not running in this window: reload it.'
          : 'The SIP phone starts in this window once SIP is chosen.',
    };
  }
  switch (status.state) {
    case 'ready':
      return { id: 'registration', status: 'ok', message: status.message };
    case 'starting':
      return {
        id: 'registration',
        status: 'problem',
        message: 'The SIP phone did not sign in within 10 s: the server gave no answer.',
      };
    case 'standby':
    case 'problem':
      return { id: 'registration', status: 'problem', message: status.message };
  }
}
