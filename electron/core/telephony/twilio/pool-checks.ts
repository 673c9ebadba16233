import type { ConnectionCheck } from '../../../../shared/domain/twilio';
import { checkCallerId } from './rest-checks';
import type { TwilioRestAccess } from './twilio-rest';

/** Questions to Twilio at once: a pool of 50 numbers is checked in seconds, not minutes. */
const AT_ONCE = 5;

/**
 * Twilio refuses a call that presents a number the account does not own or has not verified, so
 * each number of the local presence pool is asked about like the caller ID.
 */
export async function checkPoolCallerIds(
  access: TwilioRestAccess,
  numbers: readonly string[],
): Promise<ConnectionCheck> {
  const verdicts: ConnectionCheck[] = [];
  for (let start = 0; start < numbers.length; start += AT_ONCE) {
    const batch = numbers.slice(start, start + AT_ONCE);
    verdicts.push(...(await Promise.all(batch.map((number) => checkCallerId(access, number)))));
  }
  const refused = numbers.filter((_, index) => verdicts[index]?.status === 'problem');
  const unasked = numbers.filter((_, index) => verdicts[index]?.status === 'skipped');
  if (refused.length > 0) {
    const one = refused.length === 1;
    const them = one ? 'it' : 'them';
    return {
      id: 'caller-id-pool',
      status: 'problem',
      message:
        `${listed(refused)} ${one ? 'is' : 'are'} neither a Twilio number of this account nor a ` +
        `verified caller ID, so Twilio would refuse the calls presenting ${them}: buy or verify ` +
        `${them} in the Twilio Console, or remove ${them} from the local presence pool.`,
    };
  }
  if (unasked.length > 0) {
    return {
      id: 'caller-id-pool',
      status: 'skipped',
      message: `Could not ask Twilio about ${listed(unasked)} of the local presence pool.`,
    };
  }
  return {
    id: 'caller-id-pool',
    status: 'ok',
    message:
      numbers.length === 1
        ? `The local presence pool's number ${numbers[0] ?? ''} is yours to present.`
        : `All ${numbers.length} numbers of the local presence pool are yours to present.`,
  };
}

function listed(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1] ?? ''}`;
}
