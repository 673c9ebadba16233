import { DateTime } from 'luxon';
import type { DncEntry } from '../../../../shared/domain/dnc';
import type { Lead, LeadId } from '../../../../shared/domain/lead';
import type { QueueStanding } from '../../../../shared/domain/lead-story';
import { isCallable, nextWindowOpening, type CampaignRules } from '../../queue';
import { findNextLeads, type QueueCampaign } from '../../queue/store';
import { callingRulesHold, describeHold, type LeadCallingRules } from '../../queue/calling-rules';
import type { Store } from '../../platform/store/store';

/** How far down the queue the page looks for the lead before saying "more than". */
const LOOK_AHEAD = 300;

export interface StandingInput {
  store: Store;
  lead: Lead;
  dnc: DncEntry | null;
  rules: CampaignRules | null;
  campaigns: readonly QueueCampaign[];
  isTaken: (leadId: LeadId) => boolean;
  now: number;
  /** For times that are the rep's (a retry, a callback); calling hours are the lead's. */
  repTimeZone: string;
  /** The state and country rules that apply to the lead. */
  calling: LeadCallingRules;
  /** Its number's dials in the last 24 hours, whichever lead or campaign they were for. */
  dialsOfNumber: readonly number[];
}

const blocked = (text: string): QueueStanding => ({ callable: false, ahead: null, text });

/** The gate's verdict on the lead now, in words, and its place in line when it passes. */
export async function queueStanding(input: StandingInput): Promise<QueueStanding> {
  const { lead, dnc, rules, now, repTimeZone } = input;
  if (input.isTaken(lead.id)) return blocked('In the dialer now.');
  if (!rules) return blocked(`The rules of campaign "${lead.campaignId}" cannot be read.`);
  const verdict = isCallable(lead, now, rules, () => dnc !== null);
  if (!verdict.callable) {
    switch (verdict.reason) {
      case 'finished':
        return blocked(
          `Closed${lead.lastOutcome ? `: ${lead.lastOutcome}` : ''}; not in the queue.`,
        );
      case 'do-not-call-status':
        return blocked('Do not call: the lead asked not to be called.');
      case 'held':
        return blocked(`Held: ${lead.holdReason ?? 'needs review'}.`);
      case 'on-dnc-list':
        return blocked(
          `On the do-not-call list since ${dayAndTime(dnc?.addedAt ?? now, now, repTimeZone)}` +
            (dnc?.reason ? ` (${dnc.reason}).` : '.'),
        );
      case 'callback-not-due':
        return blocked(`Callback due ${dayAndTime(lead.callbackAt ?? now, now, repTimeZone)}.`);
      case 'not-yet-eligible':
        return blocked(
          `Cadence: next try at ${dayAndTime(lead.nextEligibleAt ?? now, now, repTimeZone)}.`,
        );
      case 'outside-calling-window': {
        const zone = lead.timeZone ?? 'UTC';
        const opens = nextWindowOpening(zone, now, rules.callingWindow);
        return blocked(`Outside calling hours until ${clock(opens, zone)} their time (${zone}).`);
      }
      default:
        return blocked(verdict.detail);
    }
  }
  const zone = lead.timeZone ?? 'UTC';
  const hold = callingRulesHold({
    calling: input.calling,
    timeZone: zone,
    window: rules.callingWindow,
    dialsOfNumber: input.dialsOfNumber,
    now,
  });
  if (hold) {
    const text = describeHold(hold, zone, now);
    return blocked(text.endsWith('.') ? text : `${text}.`);
  }
  const ahead = await findNextLeads(input.store, input.campaigns, input.isTaken, now, LOOK_AHEAD);
  const place = ahead.findIndex((found) => found.entry.lead.id === lead.id);
  if (place === 0) return { callable: true, ahead: 0, text: 'Next in the queue.' };
  if (place > 0) {
    return {
      callable: true,
      ahead: place,
      text: `Next after ${place} other${place === 1 ? '' : 's'}.`,
    };
  }
  return {
    callable: true,
    ahead: null,
    text: `Callable now, behind more than ${LOOK_AHEAD} others.`,
  };
}

/** "8:00 AM" on the zone's clock. */
function clock(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone, locale: 'en-US' }).toFormat('h:mm a');
}

/** "14:10", or "Tue 24 Nov 14:10" when not today, on the rep's clock. */
function dayAndTime(at: number, now: number, zone: string): string {
  const moment = DateTime.fromMillis(at, { zone, locale: 'en-GB' });
  const sameDay = moment.hasSame(DateTime.fromMillis(now, { zone }), 'day');
  return moment.toFormat(sameDay ? 'HH:mm' : 'ccc d LLL HH:mm');
}
