import { describe, expect, it } from 'vitest';
import { createOwnOrigins } from '../../../electron/main/own-origins';
import {
  installPermissionHandlers,
  type PermissionSession,
} from '../../../electron/main/permissions';

type RequestHandler = NonNullable<Parameters<PermissionSession['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<PermissionSession['setPermissionCheckHandler']>[0]>;

/**
 * What the Twilio Voice SDK asks of Electron, and what it gets. Chromium gates the speakers on
 * the microphone permission (media_devices_permission_checker.cc: "allow speakers if the
 * microphone permission is given"), so enumerateDevices() audio outputs and setSinkId() — the
 * SDK's speakerDevices.set() — reach the check handler as 'media' with mediaType 'audio', as
 * does navigator.permissions.query({ name: 'microphone' }). Only selectAudioOutput() would need
 * 'speaker-selection', and nothing in Dialdeck calls it, so that stays denied.
 */
function handlers() {
  let request: RequestHandler | null = null;
  let check: CheckHandler | null = null;
  installPermissionHandlers(
    {
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
      setDevicePermissionHandler: () => undefined,
    },
    createOwnOrigins(['app://dialdeck']).isOwnUrl,
  );
  if (!request || !check) throw new Error('handlers not installed');
  return { request: request as RequestHandler, check: check as CheckHandler };
}

const checkDetails = (mediaType?: 'audio' | 'video' | 'unknown') => ({
  isMainFrame: true,
  requestingUrl: 'app://dialdeck/index.html',
  securityOrigin: 'app://dialdeck/',
  ...(mediaType ? { mediaType } : {}),
});

describe('the permissions the Twilio Voice SDK uses in the Dialdeck window', () => {
  it('opens the microphone for a call (getUserMedia, audio only)', () => {
    const { request } = handlers();
    let granted: boolean | null = null;
    request({} as never, 'media', (answer) => (granted = answer), {
      isMainFrame: true,
      requestingUrl: 'app://dialdeck/index.html',
      mediaTypes: ['audio'],
    } as never);
    expect(granted).toBe(true);
  });

  it('answers the microphone check that also unlocks the speakers and permissions.query', () => {
    const { check } = handlers();
    expect(check(null, 'media', 'app://dialdeck', checkDetails('audio'))).toBe(true);
  });

  it('denies speaker-selection (selectAudioOutput, unused) and media checks of an unknown kind', () => {
    const { check, request } = handlers();
    expect(check(null, 'speaker-selection', 'app://dialdeck', checkDetails())).toBe(false);
    expect(check(null, 'media', 'app://dialdeck', checkDetails('unknown'))).toBe(false);
    let granted: boolean | null = null;
    request({} as never, 'speaker-selection', (answer) => (granted = answer), {
      isMainFrame: true,
      requestingUrl: 'app://dialdeck/index.html',
    });
    expect(granted).toBe(false);
  });
});
