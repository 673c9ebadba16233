import type { Result } from '../result';
import type { AppEvents, AppMethods } from './domains/app';
import type { CallingRuleMethods } from './domains/calling-rules';
import type { FloorEvents, FloorMethods } from './domains/floor';
import {
  LEAD_LIST_EVENT_KEYS,
  LEAD_LIST_METHOD_KEYS,
  type LeadListEvents,
  type LeadListMethods,
} from './lead-list-contract';
import type { OutcomeEvents, OutcomeMethods } from './domains/outcomes';
import type { QueueEvents, QueueMethods } from './domains/queue';
import type { ReportMethods } from './domains/reports';
import type { SessionEvents, SessionMethods } from './domains/session';
import type { SipEvents, SipMethods } from './domains/sip';
import type { TelephonyEvents, TelephonyMethods } from './domains/telephony';

/**
 * Everything the renderer may ask of the main process, one method per intent, named
 * `<domain>.<intent>`. Each domain declares its methods in ./domains; a new domain is added here.
 */
export interface Methods
  extends
    AppMethods,
    QueueMethods,
    CallingRuleMethods,
    LeadListMethods,
    SessionMethods,
    OutcomeMethods,
    TelephonyMethods,
    SipMethods,
    FloorMethods,
    ReportMethods {}

/** Everything the main process pushes to the renderer. */
export interface Events
  extends
    AppEvents,
    QueueEvents,
    LeadListEvents,
    SessionEvents,
    OutcomeEvents,
    TelephonyEvents,
    SipEvents,
    FloorEvents {}

export type MethodName = keyof Methods;
export type EventName = keyof Events;
export type MethodArgs<M extends MethodName> = Parameters<Methods[M]>;
export type MethodResult<M extends MethodName> = ReturnType<Methods[M]>;

type DomainOf<M> = M extends `${infer Domain}.${string}` ? Domain : never;

/** The object the preload (and the browser-mode bridge) expose: `api.queue.summary()`. */
export type DialdeckApi = {
  [D in DomainOf<MethodName>]: {
    [M in MethodName as M extends `${D}.${infer Intent}` ? Intent : never]: (
      ...args: MethodArgs<M>
    ) => Promise<Result<MethodResult<M>>>;
  };
} & {
  events: {
    subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  };
};

/** Runtime lists; the mapped types make the compiler reject a missing or unknown name. */
const methodKeys: { [M in MethodName]: true } = {
  'app.info': true,
  'settings.get': true,
  'settings.update': true,
  'settings.setSecret': true,
  'queue.summary': true,
  'callingRules.list': true,
  'callingRules.save': true,
  'session.snapshot': true,
  'session.start': true,
  'session.dial': true,
  'session.dialLead': true,
  'session.hangup': true,
  'session.setMuted': true,
  'session.sendDigits': true,
  'session.selectOutcome': true,
  'session.setNote': true,
  'session.setCallbackAt': true,
  'session.confirm': true,
  'session.undo': true,
  'session.skip': true,
  'session.pause': true,
  'session.resume': true,
  'session.stop': true,
  'dispositions.list': true,
  'dispositions.update': true,
  'dispositions.byCampaign': true,
  'kpi.today': true,
  'attempts.today': true,
  'scripts.forCampaign': true,
  ...LEAD_LIST_METHOD_KEYS,
  'telephony.attachHost': true,
  'telephony.hostAlive': true,
  'telephony.detachHost': true,
  'telephony.report': true,
  'telephony.token': true,
  'telephony.testConnection': true,
  'sip.attachHost': true,
  'sip.hostAlive': true,
  'sip.detachHost': true,
  'sip.report': true,
  'sip.account': true,
  'sip.testConnection': true,
  'floor.status': true,
  'floor.escalate': true,
  'floor.view': true,
  'floor.acknowledgeAlert': true,
  'floor.answerEscalation': true,
  'floor.myEscalations': true,
  'floor.dismissEscalation': true,
  'floor.alertHistory': true,
  'floor.snoozeRep': true,
  'floor.wallTokens': true,
  'floor.createWallToken': true,
  'floor.revokeWallToken': true,
  'floor.teamCampaigns': true,
  'floor.createTeamCampaign': true,
  'floor.updateTeamCampaign': true,
  'reports.kpis': true,
  'reports.myWeek': true,
};
const eventKeys: { [E in EventName]: true } = {
  'settings.changed': true,
  'queue.changed': true,
  'session.changed': true,
  'session.speech': true,
  'kpi.changed': true,
  'dispositions.changed': true,
  'dispositions.campaignsChanged': true,
  ...LEAD_LIST_EVENT_KEYS,
  'telephony.command': true,
  'sip.command': true,
  'floor.changed': true,
  'floor.statusChanged': true,
  'floor.myEscalationsChanged': true,
};

export const METHOD_NAMES = Object.keys(methodKeys) as MethodName[];
export const EVENT_NAMES = Object.keys(eventKeys) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(methodKeys, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(eventKeys, value);
}

/** IPC channel names: one per method and per event. */
export const methodChannel = (method: MethodName) => `dialdeck:${method}`;
export const eventChannel = (event: EventName) => `dialdeck-event:${event}`;
