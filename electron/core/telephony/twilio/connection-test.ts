import type { Clock } from '../../../../shared/clock';
import type { PublicSettings, SecretName } from '../../../../shared/domain/settings';
import type { ConnectionCheck, ConnectionReport } from '../../../../shared/domain/twilio';
import { connectionReport, providerCheck, windowCheck } from '../hosted/line-checks';
import type { FetchLike } from './http-fetch';
import { checkPoolCallerIds } from './pool-checks';
import { checkCallerId, checkKeyAndApp } from './rest-checks';
import type { TwilioTokenService } from './token-service';
import { inspectVoiceToken } from './token-inspection';
import { describeMissing, missingTwilioSetup } from './twilio-setup';
import type { TwilioRestAccess } from './twilio-rest';

const WINDOW_WORDS = {
  attached: 'This window is ready to place Twilio calls.',
  missing:
    'No window carries the Twilio phone yet: choose Twilio as the provider, then reload the window.',
};

export interface ConnectionTestDeps {
  settings: () => PublicSettings;
  secret: (name: SecretName) => string | null;
  tokens: TwilioTokenService;
  clock: Clock;
  fetch: FetchLike;
  apiBaseUrl: string;
  /** Whether a window carries the Device now. */
  hostAttached: () => boolean;
}

/**
 * Everything the main process can check of the Twilio set-up, in order, each in words: the
 * settings are complete, a token can be had, Twilio accepts the API key, the TwiML App exists and
 * has a Voice URL, the caller ID and the local presence pool's numbers may be presented, a window
 * is ready to carry calls. The window
 * adds its own checks (microphone, the Voice SDK).
 */
export async function testTwilioConnection(deps: ConnectionTestDeps): Promise<ConnectionReport> {
  const settings = deps.settings();
  const checks: ConnectionCheck[] = [twilioChoiceCheck(settings)];
  const pool = settings.localPresence.numbers.map(({ number }) => number);
  const missing = missingTwilioSetup(settings);
  if (missing.length > 0) {
    checks.push({ id: 'settings', status: 'problem', message: describeMissing(missing) });
    return connectionReport(checks);
  }
  checks.push({ id: 'settings', status: 'ok', message: 'Every Twilio setting is filled in.' });

  let appSidInToken: string | null;
  try {
    const grant = await deps.tokens.issue();
    const inspection = inspectVoiceToken(grant.token, deps.clock.now());
    appSidInToken = inspection.ok ? inspection.appSid : null;
    const minutes = Math.round((grant.expiresAt - deps.clock.now()) / 60_000);
    const source = settings.twilioTokenMode === 'url' ? 'The token server gave' : 'Dialdeck minted';
    checks.push({
      id: 'token',
      status: 'ok',
      message: `${source} an access token for "${grant.identity}", valid for ${minutes} min.`,
    });
  } catch (error) {
    checks.push({ id: 'token', status: 'problem', message: (error as Error).message });
    return connectionReport(checks);
  }

  if (settings.twilioTokenMode === 'mint') {
    const access: TwilioRestAccess = {
      fetch: deps.fetch,
      baseUrl: deps.apiBaseUrl,
      accountSid: settings.twilioAccountSid ?? '',
      apiKeySid: settings.twilioApiKeySid ?? '',
      apiKeySecret: deps.secret('twilioApiKeySecret') ?? '',
    };
    const keyAndApp = await checkKeyAndApp(access, settings.twilioAppSid ?? '');
    checks.push(...keyAndApp);
    const keyAccepted = keyAndApp.some(
      (check) => check.id === 'credentials' && check.status === 'ok',
    );
    checks.push(
      settings.twilioCallerId === null
        ? noCallerId()
        : keyAccepted
          ? await checkCallerId(access, settings.twilioCallerId)
          : {
              id: 'caller-id',
              status: 'skipped',
              message: 'Not checked: the API key was refused.',
            },
    );
    if (pool.length > 0) {
      checks.push(
        keyAccepted
          ? await checkPoolCallerIds(access, pool)
          : {
              id: 'caller-id-pool',
              status: 'skipped',
              message: 'Not checked: the API key was refused.',
            },
      );
    }
  } else {
    checks.push(
      {
        id: 'credentials',
        status: 'skipped',
        message:
          'The token server holds the Twilio credentials; Twilio checks them on the first call.',
      },
      appSidInToken
        ? {
            id: 'twiml-app',
            status: 'ok',
            message: `The token names the TwiML App ${appSidInToken}.`,
          }
        : {
            id: 'twiml-app',
            status: 'problem',
            message:
              'The token names no TwiML App (grants.voice.outgoing.application_sid), so calls ' +
              'would go nowhere: fix the token server.',
          },
      settings.twilioCallerId === null
        ? noCallerId()
        : {
            id: 'caller-id',
            status: 'skipped',
            message: `${settings.twilioCallerId} must be a Twilio number or a verified caller ID of the token server's account.`,
          },
    );
    if (pool.length > 0) {
      checks.push({
        id: 'caller-id-pool',
        status: 'skipped',
        message:
          "Each number of the local presence pool must be a Twilio number or a verified caller ID of the token server's account.",
      });
    }
  }
  checks.push(windowCheck(deps.hostAttached(), WINDOW_WORDS));
  return connectionReport(checks);
}

function twilioChoiceCheck(settings: PublicSettings): ConnectionCheck {
  return providerCheck(settings, 'twilio', {
    chosen: 'Calls go through Twilio.',
    notChosen: 'Calls still go through the simulated line: choose Twilio to use these settings.',
  });
}

function noCallerId(): ConnectionCheck {
  return {
    id: 'caller-id',
    status: 'ok',
    message: "No caller ID set here: the TwiML App's <Dial callerId> is used.",
  };
}
