import type { Clock } from '../../../../shared/clock';
import type { PublicSettings } from '../../../../shared/domain/settings';
import type { SipCallReport, SipCommand } from '../../../../shared/domain/sip';
import { DomainError } from '../../../../shared/result';
import type { Logger } from '../../platform/log/logger';
import { HostedProvider, type SharedCallDeps } from '../hosted/hosted-provider';
import type { DialRequest } from '../provider';
import { assertDialableNumber } from './dial-string';
import { SipCall } from './sip-call';
import { dialPlanFor } from './sip-dial-plan';
import { describeMissingSip, missingSipSetup } from './sip-setup';
import { DEFAULT_SIP_TIMINGS, type SipTimings } from './sip-timings';

type SipConnect = Omit<Extract<SipCommand, { kind: 'connect' }>, 'hostId'>;

export interface SipProviderOptions {
  clock: Clock;
  /** Delivers a command to the windows (the core's `sip.command` event). */
  send: (command: SipCommand) => void;
  settings: () => PublicSettings;
  timings?: Partial<SipTimings>;
  log?: Logger;
}

/**
 * Real calls over SIP and WebRTC to the team's own PBX; JsSIP's phone runs in the window that
 * hosts the line.
 */
export class SipProvider extends HostedProvider<SipConnect, SipCallReport, SipCall> {
  readonly name = 'sip';
  private readonly timings: SipTimings;

  constructor(private readonly options: SipProviderOptions) {
    const timings = { ...DEFAULT_SIP_TIMINGS, ...options.timings };
    super({
      clock: options.clock,
      send: options.send,
      title: 'SIP',
      leaseMs: timings.leaseMs,
      fakeDevice: false,
    });
    this.timings = timings;
  }

  protected assertDialable(request: DialRequest): void {
    if (typeof request.attemptId !== 'string' || request.attemptId.trim() === '') {
      throw new DomainError('invalid-argument', 'Cannot dial without an attempt id.');
    }
    assertDialableNumber(request.to);
    if (request.callerId !== null && !/^\+[1-9]\d{1,14}$/.test(request.callerId)) {
      throw new DomainError(
        'invalid-argument',
        `Cannot present caller ID "${request.callerId}": it must be in E.164 form.`,
      );
    }
  }

  protected prepareConnect(request: DialRequest): () => SipConnect {
    const settings = this.options.settings();
    const missing = missingSipSetup(settings);
    if (missing.length > 0) throw new DomainError('unavailable', describeMissingSip(missing));
    const plan = dialPlanFor(request, settings);
    return () => {
      this.options.log?.info('sip dial', { attemptId: request.attemptId, target: plan.target });
      return { kind: 'connect', attemptId: request.attemptId, plan };
    };
  }

  protected createCall(deps: SharedCallDeps): SipCall {
    return new SipCall({ ...deps, timings: this.timings });
  }

  protected override noteReport(attemptId: string, report: SipCallReport): void {
    if (report.type === 'failed' || report.type === 'ended') {
      this.options.log?.info('sip call over', { attemptId, ...report });
    }
  }
}
