import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../../shared/domain/settings';
import {
  sipDraftFrom,
  sipPatch,
  type SipDraft,
} from '../../../../renderer/src/telephony/sip/sip-draft';

const settings = {
  repCountry: 'US',
  sipWebSocketUrl: null,
  sipUri: null,
  sipAuthUser: null,
  sipRealm: null,
  sipRegister: true,
  sipOutboundProxy: null,
  sipCallerId: null,
  sipCallerIdHeader: 'from',
  sipNumberFormat: 'e164',
  sipDialPrefix: null,
  sipIceServers: [],
  sipTurnUsername: null,
} as unknown as PublicSettings;
const draft = (patch: Partial<SipDraft>): SipDraft => ({ ...sipDraftFrom(settings), ...patch });
const errorsOf = (patch: Partial<SipDraft>) => {
  const check = sipPatch(draft(patch), settings);
  return check.ok ? new Map() : check.errors;
};

describe('the SIP settings form', () => {
  it('sends only what changed, the number compacted and ICE servers as a list', () => {
    expect(
      sipPatch(
        draft({
          webSocketUrl: ' wss://pbx.example.com:8089/ws ',
          uri: 'sip:ana@pbx.example.com',
          callerId: '+1 (415) 555-0100',
          iceServers: 'stun:stun.example.com, turns:turn.example.com:5349',
        }),
        settings,
      ),
    ).toEqual({
      ok: true,
      patch: {
        sipWebSocketUrl: 'wss://pbx.example.com:8089/ws',
        sipUri: 'sip:ana@pbx.example.com',
        sipCallerId: '+14155550100',
        sipIceServers: ['stun:stun.example.com', 'turns:turn.example.com:5349'],
      },
    });
  });

  it('refuses plain ws:// except to this computer, saying why', () => {
    expect(errorsOf({ webSocketUrl: 'ws://pbx.example.com:8088/ws' }).get('webSocketUrl')).toBe(
      'Plain ws:// is refused except to this computer (localhost): calls and the password digest would cross the network unencrypted. Use wss://.',
    );
    for (const local of ['ws://localhost:8088/ws', 'ws://127.0.0.1:5066', 'ws://[::1]:8080']) {
      expect(errorsOf({ webSocketUrl: local }).has('webSocketUrl')).toBe(false);
    }
  });

  it('says a web address is not a WebSocket', () => {
    expect(errorsOf({ webSocketUrl: 'https://pbx.example.com/ws' }).get('webSocketUrl')).toBe(
      'That is a web address, not a WebSocket: the SIP server’s address starts with wss://.',
    );
  });

  it('refuses letters in the caller ID and the dial prefix, in words', () => {
    const errors = errorsOf({ callerId: '+1800FLOWERS', numberFormat: 'prefix', dialPrefix: '9a' });
    expect(errors.get('callerId')).toBe(
      'A phone number has no letters: type its digits, like +14155550100.',
    );
    expect(errors.get('dialPrefix')).toBe(
      'A dial prefix has no letters: only digits, * and #, like 9.',
    );
  });

  it('asks for the prefix when numbers are dialed with one', () => {
    const errors = errorsOf({ numberFormat: 'prefix', connection: 'proxy-only' });
    expect(errors.get('dialPrefix')).toBe(
      'Enter the digits dialed before each number, like 9 or 00.',
    );
    expect(errors.has('outboundProxy')).toBe(false);
  });

  it('names a bad ICE server', () => {
    expect(errorsOf({ iceServers: 'stun:ok.example.com, http://nope' }).get('iceServers')).toBe(
      '"http://nope" is not a STUN or TURN address: start it with stun:, turn: or turns:.',
    );
  });
});
