import type { SipCallerIdHeader, SipNumberFormat } from '../../../../shared/domain/sip';
import type { RadioChoice } from '../../ui/RadioGroup';
import type { SelectChoice } from '../../ui/SelectField';
import type { SecretFieldSpec } from './secret-field-spec';
import type { SipDraft } from './sip-draft';

export const CONNECTION_CHOICE: RadioChoice<SipDraft['connection']> = {
  legend: 'Signing in',
  name: 'sip-connection',
  options: [
    { value: 'register', label: 'Register with the server (REGISTER)', testId: 'sip-register' },
    {
      value: 'proxy-only',
      label: 'Call without registering (the server or outbound proxy routes the calls)',
      testId: 'sip-proxy-only',
    },
  ],
};

export const NUMBER_FORMAT_CHOICE: SelectChoice<SipNumberFormat> = {
  id: 'sip-number-format',
  label: 'How numbers are dialed',
  hint: 'What your PBX’s dial plan expects in the INVITE.',
  testId: 'sip-number-format',
  options: [
    { value: 'e164', label: 'International with + (+14155550123)' },
    { value: 'national', label: 'National for numbers at home (4155550123), + for abroad' },
    { value: 'prefix', label: 'A prefix, then the international digits (9 14155550123)' },
  ],
};

export const CALLER_ID_HEADER_CHOICE: SelectChoice<SipCallerIdHeader> = {
  id: 'sip-caller-id-header',
  label: 'Caller ID is presented in',
  hint: 'Trunks that trust the PBX read P-Asserted-Identity; most read the From user.',
  testId: 'sip-caller-id-header',
  options: [
    { value: 'from', label: 'The From user' },
    { value: 'p-asserted-identity', label: 'A P-Asserted-Identity header' },
  ],
};

export type SipTextKey =
  | 'webSocketUrl'
  | 'uri'
  | 'authUser'
  | 'realm'
  | 'outboundProxy'
  | 'callerId'
  | 'dialPrefix'
  | 'iceServers'
  | 'turnUsername';

export interface SipTextField {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
}

export const SIP_TEXT_FIELDS: Readonly<Record<SipTextKey, SipTextField>> = {
  webSocketUrl: {
    id: 'sip-websocket-url',
    label: 'WebSocket URL',
    hint: 'The SIP server’s secure WebSocket; ws:// only for a server on this computer.',
    placeholder: 'wss://pbx.example.com:8089/ws',
  },
  uri: {
    id: 'sip-uri',
    label: 'SIP URI',
    hint: 'Your account; dialed numbers go to its domain.',
    placeholder: 'sip:alice@pbx.example.com',
  },
  authUser: {
    id: 'sip-auth-user',
    label: 'User name',
    hint: 'Only when the PBX’s user name differs from the SIP URI’s.',
    placeholder: '',
  },
  realm: {
    id: 'sip-realm',
    label: 'Realm',
    hint: 'The realm the PBX’s password challenge names; empty: the SIP URI’s domain.',
    placeholder: '',
  },
  outboundProxy: {
    id: 'sip-outbound-proxy',
    label: 'Outbound proxy',
    hint: 'Calls are routed through it (a Route header); empty: the WebSocket server routes them.',
    placeholder: 'sip:proxy.example.com;lr',
  },
  callerId: {
    id: 'sip-caller-id',
    label: 'Caller ID',
    hint: 'The number prospects see when no local-presence number fits; your trunk must allow it.',
    placeholder: '+14155550100',
  },
  dialPrefix: {
    id: 'sip-dial-prefix',
    label: 'Dial prefix',
    hint: 'Digits before each number, like 9 for an outside line.',
    placeholder: '9',
  },
  iceServers: {
    id: 'sip-ice-servers',
    label: 'ICE servers',
    hint: 'STUN and TURN addresses, comma-separated; empty for a PBX on your network.',
    placeholder: 'stun:stun.example.com:3478, turns:turn.example.com:5349',
  },
  turnUsername: {
    id: 'sip-turn-username',
    label: 'TURN user name',
    hint: 'For the turn: servers above.',
    placeholder: '',
  },
};

export const SIP_PASSWORD: SecretFieldSpec = {
  name: 'sipPassword',
  label: 'Password',
  hint: 'Sealed on this computer; the SIP phone only ever gets a digest made from it.',
  testId: 'sip-password',
};

export const TURN_PASSWORD: SecretFieldSpec = {
  name: 'sipTurnPassword',
  label: 'TURN password',
  hint: 'Given to this window’s WebRTC only while SIP is the line.',
  testId: 'sip-turn-password',
};
