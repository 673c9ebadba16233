import type { Clock } from '../../../../shared/clock';
import type { TelephonyCommand, TwilioCallReport } from '../../../../shared/domain/twilio';
import type { Logger } from '../../platform/log/logger';
import { HostedProvider, type SharedCallDeps } from '../hosted/hosted-provider';
import type { DialRequest } from '../provider';
import { assertTwilioDialable } from './dial-request';
import { TwilioCall } from './twilio-call';
import { DEFAULT_TWILIO_TIMINGS, type TwilioTimings } from './twilio-timings';

type TwilioConnect = Omit<Extract<TelephonyCommand, { kind: 'connect' }>, 'hostId'>;

export interface TwilioProviderOptions {
  clock: Clock;
  /** Delivers a command to the windows (the core's `telephony.command` event). */
  send: (command: TelephonyCommand) => void;
  /** The caller ID from settings, used when a dial names none. */
  defaultCallerId: () => string | null;
  timings?: Partial<TwilioTimings>;
  /** Browser mode's test flag: windows load the scripted Device instead of the SDK. */
  fakeDevice?: boolean;
  log?: Logger;
}

/** Real calls through Twilio; the Voice SDK's Device runs in the window that hosts the line. */
export class TwilioProvider extends HostedProvider<TwilioConnect, TwilioCallReport, TwilioCall> {
  readonly name = 'twilio';
  private readonly timings: TwilioTimings;

  constructor(private readonly options: TwilioProviderOptions) {
    const timings = { ...DEFAULT_TWILIO_TIMINGS, ...options.timings };
    super({
      clock: options.clock,
      send: options.send,
      title: 'Twilio',
      leaseMs: timings.leaseMs,
      fakeDevice: options.fakeDevice ?? false,
    });
    this.timings = timings;
  }

  protected assertDialable(request: DialRequest): void {
    assertTwilioDialable(request);
  }

  protected prepareConnect(request: DialRequest): () => TwilioConnect {
    return () => ({
      kind: 'connect',
      attemptId: request.attemptId,
      to: request.to,
      callerId: request.callerId ?? this.options.defaultCallerId(),
    });
  }

  protected createCall(deps: SharedCallDeps): TwilioCall {
    return new TwilioCall({
      ...deps,
      timings: this.timings,
      onNamed: (callSid) =>
        this.options.log?.info('twilio named the call', { attemptId: deps.attemptId, callSid }),
    });
  }
}
