import type * as JsSipModule from 'jssip';
import type { SipAccount, SipDialPlan } from '../../../../shared/domain/sip';
import type {
  SipAgentListener,
  SipCallMedia,
  SipPhoneCall,
  SipSessionReport,
  SipStack,
  SipUserAgent,
} from './sip-phone';
import { playRemoteAudio } from './remote-audio';

type JsSip = typeof JsSipModule;
type JsSipSession = ReturnType<InstanceType<JsSip['UA']>['call']>;
type Originator = 'local' | 'remote' | 'system';
interface ResponseLike {
  status_code?: number;
  reason_phrase?: string;
  body?: string;
  parseHeader?: (name: string) => unknown;
}

/**
 * JsSIP, loaded only when a window carries SIP calls: the other lines never download it. Its
 * events become the reports the core reads; media is WebRTC in this window.
 */
export async function loadJsSip(): Promise<SipStack> {
  const jssip = await import('jssip');
  return {
    isSupported:
      typeof RTCPeerConnection !== 'undefined' &&
      typeof navigator.mediaDevices?.getUserMedia === 'function',
    createUserAgent: (account, listener) => userAgent(jssip, account, listener),
  };
}

function userAgent(jssip: JsSip, account: SipAccount, listener: SipAgentListener): SipUserAgent {
  const ua = new jssip.UA({
    sockets: [new jssip.WebSocketInterface(account.webSocketUrl)],
    uri: account.uri,
    authorization_user: account.authorizationUser,
    ...(account.realm ? { realm: account.realm } : {}),
    ...(account.ha1 ? { ha1: account.ha1 } : {}),
    register: account.register,
    user_agent: 'Dialdeck',
    // Session refreshes are the PBX's job; JsSIP's UPDATEs trip up some trunks.
    session_timers: false,
    connection_recovery_min_interval: 2,
    connection_recovery_max_interval: 30,
  });
  ua.on('connected', () => listener.connected());
  ua.on('disconnected', () => listener.disconnected());
  ua.on('registered', () => listener.registered());
  ua.on('registrationFailed', (event) => {
    const response = event.response as ResponseLike | undefined;
    listener.registrationFailed({
      status: response?.status_code ?? null,
      reasonPhrase: response?.reason_phrase ?? '',
      cause: String(event.cause ?? ''),
      challengeRealm: challengeRealmOf(response),
    });
  });
  return {
    start: () => ua.start(),
    stop: () => ua.stop(),
    call: (plan, media, onReport) => placeCall(ua, account, plan, media, onReport),
  };
}

function placeCall(
  ua: InstanceType<JsSip['UA']>,
  account: SipAccount,
  plan: SipDialPlan,
  media: SipCallMedia,
  onReport: (report: SipSessionReport) => void,
): SipPhoneCall {
  let stopAudio: (() => void) | null = null;
  const over = () => {
    stopAudio?.();
    stopAudio = null;
  };
  const session: JsSipSession = ua.call(plan.target, {
    mediaConstraints: {
      audio: media.inputDeviceId ? { deviceId: { exact: media.inputDeviceId } } : true,
      video: false,
    },
    pcConfig: { iceServers: account.iceServers },
    rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
    extraHeaders: plan.extraHeaders,
    ...(plan.fromUser ? { fromUserName: plan.fromUser } : {}),
    eventHandlers: {
      // Early media (183 with SDP) plays as soon as its track arrives, before the answer.
      peerconnection: ({ peerconnection }) => {
        stopAudio = playRemoteAudio(peerconnection, media.outputDeviceId);
      },
      progress: (event: unknown) => {
        const response = (event as { response?: ResponseLike }).response;
        const status = response?.status_code ?? 180;
        if (status <= 100) return;
        onReport({ type: 'progress', status, earlyMedia: Boolean(response?.body) });
      },
      accepted: () => onReport({ type: 'accepted' }),
      failed: (event) => {
        over();
        const response = event.message as ResponseLike | undefined;
        const originator = String(event.originator) as Originator;
        const fromRemote = originator === 'remote' && response?.status_code !== undefined;
        onReport({
          type: 'failed',
          originator,
          status: fromRemote ? (response?.status_code ?? null) : null,
          reasonPhrase: fromRemote ? (response?.reason_phrase ?? '').slice(0, 200) : '',
          cause: String(event.cause ?? '').slice(0, 200),
        });
      },
      ended: (event) => {
        over();
        onReport({
          type: 'ended',
          originator: event.originator as Originator,
          cause: String(event.cause ?? '').slice(0, 200),
        });
      },
    },
  });
  return {
    hangUp: () => {
      if (!session.isEnded()) session.terminate();
      over();
    },
    setMuted: (muted) => (muted ? session.mute({ audio: true }) : session.unmute({ audio: true })),
    sendDigits: (digits) =>
      session.sendDTMF(digits, {
        transportType: canSendTelephoneEvents(session) ? 'RFC2833' : 'INFO',
      } as Parameters<JsSipSession['sendDTMF']>[1]),
  };
}

/** RFC 4733 needs an audio sender whose call negotiated telephone-event; else SIP INFO carries it. */
function canSendTelephoneEvents(session: JsSipSession): boolean {
  const sender = session.connection
    ?.getSenders()
    .find((candidate) => candidate.track?.kind === 'audio');
  return Boolean(sender?.dtmf?.canInsertDTMF);
}

function challengeRealmOf(response: ResponseLike | undefined): string | null {
  for (const header of ['www-authenticate', 'proxy-authenticate']) {
    const challenge = response?.parseHeader?.(header) as { realm?: unknown } | undefined;
    if (typeof challenge?.realm === 'string') return challenge.realm;
  }
  return null;
}
