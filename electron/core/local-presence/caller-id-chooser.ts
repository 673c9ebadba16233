import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { chooseCallerId, type PresenceLead } from './choose-caller-id';
import { planLocalPresence, type PresencePlan } from './presence-plan';

/**
 * Local presence on the settings as they are at each dial: a pool saved between two dials
 * applies to the next one. The pool is indexed again only when it changes.
 */
export class CallerIdChooser {
  private planned: { settings: LocalPresenceSettings; plan: PresencePlan } | null = null;

  constructor(private readonly settings: () => LocalPresenceSettings) {}

  /** The E.164 caller ID to present to this lead; null lets the line use its own. */
  callerIdFor(lead: PresenceLead): string | null {
    return chooseCallerId(this.plan(), lead)?.number ?? null;
  }

  private plan(): PresencePlan {
    const settings = this.settings();
    if (this.planned?.settings !== settings) {
      this.planned = { settings, plan: planLocalPresence(settings) };
    }
    return this.planned.plan;
  }
}
