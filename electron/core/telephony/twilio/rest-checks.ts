import type { ConnectionCheck } from '../../../../shared/domain/twilio';
import { getFromAccount, type TwilioRestAccess } from './twilio-rest';

/**
 * Asks Twilio for the TwiML App with the API key: this proves the key and secret (401 otherwise),
 * that the app exists in this account (404 otherwise) and that it has a Voice URL to run.
 */
export async function checkKeyAndApp(
  access: TwilioRestAccess,
  appSid: string,
): Promise<ConnectionCheck[]> {
  const answer = await getFromAccount(access, `Applications/${encodeURIComponent(appSid)}`);
  if (answer.kind === 'unreachable') {
    const message = `Could not reach Twilio (${answer.reason}): check the internet connection.`;
    return [
      { id: 'credentials', status: 'problem', message },
      { id: 'twiml-app', status: 'skipped', message: 'Not checked: Twilio was not reachable.' },
    ];
  }
  if (answer.status === 401 || answer.status === 403) {
    return [
      {
        id: 'credentials',
        status: 'problem',
        message:
          'Twilio refused the API key: the Account SID, API key SID or API key secret is wrong, ' +
          'or the key was deleted. Copy them again from the Twilio Console (the secret is shown ' +
          'only when the key is created).',
      },
      { id: 'twiml-app', status: 'skipped', message: 'Not checked: the API key was refused.' },
    ];
  }
  const credentials: ConnectionCheck = {
    id: 'credentials',
    status: 'ok',
    message: 'Twilio accepted the API key for this account.',
  };
  if (answer.status === 404) {
    return [
      credentials,
      {
        id: 'twiml-app',
        status: 'problem',
        message:
          `There is no TwiML App ${appSid} in this account: copy its SID from the Twilio ` +
          'Console (Voice › TwiML › TwiML Apps).',
      },
    ];
  }
  if (answer.status !== 200) {
    return [
      credentials,
      {
        id: 'twiml-app',
        status: 'problem',
        message: `Twilio answered HTTP ${answer.status} about the TwiML App; try again later.`,
      },
    ];
  }
  const voiceUrl = typeof answer.body.voice_url === 'string' ? answer.body.voice_url : '';
  const name = typeof answer.body.friendly_name === 'string' ? answer.body.friendly_name : appSid;
  return [
    credentials,
    voiceUrl
      ? { id: 'twiml-app', status: 'ok', message: `The TwiML App "${name}" runs ${voiceUrl}.` }
      : {
          id: 'twiml-app',
          status: 'problem',
          message:
            `The TwiML App "${name}" has no Voice Request URL, so calls would go nowhere: set ` +
            "it to your TwiML Bin's URL (README › Twilio setup).",
        },
  ];
}

/** Twilio only presents a caller ID that is one of the account's numbers or a verified one. */
export async function checkCallerId(
  access: TwilioRestAccess,
  callerId: string,
): Promise<ConnectionCheck> {
  const owned = await getFromAccount(access, 'IncomingPhoneNumbers', { PhoneNumber: callerId });
  if (
    owned.kind === 'answer' &&
    owned.status === 200 &&
    hasItems(owned.body, 'incoming_phone_numbers')
  ) {
    return {
      id: 'caller-id',
      status: 'ok',
      message: `${callerId} is a Twilio number of this account.`,
    };
  }
  const verified = await getFromAccount(access, 'OutgoingCallerIds', { PhoneNumber: callerId });
  if (verified.kind === 'answer' && verified.status === 200) {
    return hasItems(verified.body, 'outgoing_caller_ids')
      ? { id: 'caller-id', status: 'ok', message: `${callerId} is a verified caller ID.` }
      : {
          id: 'caller-id',
          status: 'problem',
          message:
            `${callerId} is neither a Twilio number of this account nor a verified caller ID, so ` +
            'Twilio would refuse it: buy or verify it in the Twilio Console, or change it.',
        };
  }
  return {
    id: 'caller-id',
    status: 'skipped',
    message: `Could not ask Twilio about ${callerId}; it must be a Twilio number or a verified caller ID.`,
  };
}

function hasItems(body: Record<string, unknown>, key: string): boolean {
  const list = body[key];
  return Array.isArray(list) && list.length > 0;
}
