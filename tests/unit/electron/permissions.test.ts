import { beforeEach, describe, expect, it } from 'vitest';
import { createOwnOrigins } from '../../../electron/main/own-origins';
import {
  installPermissionHandlers,
  type PermissionSession,
} from '../../../electron/main/permissions';

type RequestHandler = NonNullable<Parameters<PermissionSession['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<PermissionSession['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<PermissionSession['setDevicePermissionHandler']>[0]>;
type Permission = Parameters<RequestHandler>[1];

class FakeSession implements PermissionSession {
  request: RequestHandler | null = null;
  check: CheckHandler | null = null;
  device: DeviceHandler | null = null;
  setPermissionRequestHandler(handler: RequestHandler | null) {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler | null) {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler | null) {
    this.device = handler;
  }

  /** What the request handler answers, synchronously (it must not leave a prompt hanging). */
  ask(
    permission: Permission,
    details: {
      requestingUrl: string;
      mediaTypes?: Array<'audio' | 'video'>;
      isMainFrame?: boolean;
    },
  ): boolean {
    if (!this.request) throw new Error('no request handler');
    let answer: boolean | null = null;
    this.request({} as Parameters<RequestHandler>[0], permission, (granted) => (answer = granted), {
      isMainFrame: true,
      ...details,
    });
    if (answer === null) throw new Error('the request handler never answered');
    return answer;
  }

  checks(
    permission: Permission,
    origin: string,
    mediaType?: 'audio' | 'video' | 'unknown',
  ): boolean {
    if (!this.check) throw new Error('no check handler');
    return this.check(null, permission, origin, {
      isMainFrame: true,
      requestingUrl: `${origin}/index.html`,
      ...(mediaType ? { mediaType } : {}),
    });
  }
}

const OURS = 'app://dialdeck/index.html';

describe('installPermissionHandlers', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    installPermissionHandlers(session, createOwnOrigins(['app://dialdeck']).isOwnUrl);
  });

  describe('request handler', () => {
    it('grants the microphone to our own page', () => {
      expect(session.ask('media', { requestingUrl: OURS, mediaTypes: ['audio'] })).toBe(true);
    });

    it('denies a request that includes the camera', () => {
      expect(session.ask('media', { requestingUrl: OURS, mediaTypes: ['video'] })).toBe(false);
      expect(session.ask('media', { requestingUrl: OURS, mediaTypes: ['audio', 'video'] })).toBe(
        false,
      );
      expect(session.ask('media', { requestingUrl: OURS, mediaTypes: [] })).toBe(false);
      expect(session.ask('media', { requestingUrl: OURS })).toBe(false);
    });

    it('denies the microphone to any other origin or a subframe', () => {
      for (const requestingUrl of [
        'https://evil.example/',
        'http://localhost:5173/',
        'file:///index.html',
        'app://other/index.html',
      ]) {
        expect(session.ask('media', { requestingUrl, mediaTypes: ['audio'] })).toBe(false);
      }
      expect(
        session.ask('media', { requestingUrl: OURS, mediaTypes: ['audio'], isMainFrame: false }),
      ).toBe(false);
    });

    it.each<Permission>([
      'notifications',
      'geolocation',
      'display-capture',
      'clipboard-read',
      'openExternal',
      'hid',
      'midiSysex',
      'fullscreen',
    ])('denies %s even to our own page', (permission) => {
      expect(session.ask(permission, { requestingUrl: OURS, mediaTypes: ['audio'] })).toBe(false);
    });
  });

  describe('check handler', () => {
    it('answers yes only for microphone audio from our origin', () => {
      expect(session.checks('media', 'app://dialdeck', 'audio')).toBe(true);
    });

    it('answers no for video, an unknown media type, other origins and other permissions', () => {
      expect(session.checks('media', 'app://dialdeck', 'video')).toBe(false);
      expect(session.checks('media', 'app://dialdeck', 'unknown')).toBe(false);
      expect(session.checks('media', 'app://dialdeck')).toBe(false);
      expect(session.checks('media', 'https://evil.example', 'audio')).toBe(false);
      expect(session.checks('notifications', 'app://dialdeck')).toBe(false);
      expect(session.checks('clipboard-read', 'app://dialdeck')).toBe(false);
    });
  });

  it('denies every device (USB, HID, serial, Bluetooth)', () => {
    expect(session.device).not.toBeNull();
    expect(session.device?.({ deviceType: 'hid', origin: 'app://dialdeck' } as never)).toBe(false);
  });
});
