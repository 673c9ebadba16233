import {
  campaignRulesSchema,
  type CadenceStep,
  type CampaignRulesInput,
} from '../../../shared/domain/campaign-rules';
import type { Campaign, CampaignPatch } from '../../../shared/domain/campaign';
import type { Weekday } from '../../../shared/domain/local-time';

/** A cadence step as typed: numbers stay text until the draft is checked. */
export type DraftStep = { kind: 'wait'; minutes: string } | { kind: 'next-day'; at: string };

/** The campaign form as the user types it. */
export interface CampaignDraft {
  name: string;
  windowStart: string;
  windowEnd: string;
  weekdays: Weekday[];
  slaMinutes: string;
  atRiskMinutes: string;
  maxAttempts: string;
  spacing: DraftStep[];
  callbackGraceMinutes: string;
  scriptMarkdown: string;
}

/** Where a problem shows: the form field's key ("windowStart", "spacing.2"). */
export type DraftErrors = ReadonlyMap<string, string>;

export type DraftCheck =
  { ok: true; patch: Required<CampaignPatch> } | { ok: false; errors: DraftErrors };

export function draftFromCampaign(
  campaign: Pick<Campaign, 'name' | 'rules' | 'scriptMarkdown'>,
): CampaignDraft {
  const { rules } = campaign;
  return {
    name: campaign.name,
    windowStart: rules.callingWindow.start,
    windowEnd: rules.callingWindow.end,
    weekdays: [...rules.callingWindow.weekdays],
    slaMinutes: String(rules.speedToLead.slaMinutes),
    atRiskMinutes: String(rules.speedToLead.atRiskMinutes),
    maxAttempts: String(rules.cadence.maxAttempts),
    spacing: rules.cadence.spacing.map(draftStep),
    callbackGraceMinutes: String(rules.callbackGraceMinutes),
    scriptMarkdown: campaign.scriptMarkdown,
  };
}

function draftStep(step: CadenceStep): DraftStep {
  return step.kind === 'wait' ? { kind: 'wait', minutes: String(step.minutes) } : { ...step };
}

/** Whether the form says anything different from the campaign as stored. */
export function isDirty(draft: CampaignDraft, campaign: Campaign): boolean {
  return JSON.stringify(draft) !== JSON.stringify(draftFromCampaign(campaign));
}

/**
 * The draft checked with the queue's own schema (the one the core applies), each problem pinned
 * to its field in plain words; the patch to send when there is none.
 */
export function checkDraft(draft: CampaignDraft): DraftCheck {
  const errors = new Map<string, string>();
  const name = draft.name.trim();
  if (name === '') errors.set('name', 'A campaign needs a name.');
  else if (name.length > 80) errors.set('name', 'At most 80 characters.');

  const input: CampaignRulesInput = {
    callingWindow: { start: draft.windowStart, end: draft.windowEnd, weekdays: draft.weekdays },
    speedToLead: {
      slaMinutes: wholeNumber(draft.slaMinutes),
      atRiskMinutes: wholeNumber(draft.atRiskMinutes),
    },
    cadence: {
      maxAttempts: wholeNumber(draft.maxAttempts),
      spacing: draft.spacing.map((step) =>
        step.kind === 'wait' ? { kind: 'wait' as const, minutes: wholeNumber(step.minutes) } : step,
      ),
    },
    callbackGraceMinutes: wholeNumber(draft.callbackGraceMinutes),
  };
  const parsed = campaignRulesSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldKey(issue.path.map(String));
      if (!errors.has(key)) errors.set(key, sentence(issue.message));
    }
  }
  if (errors.size > 0 || !parsed.success) return { ok: false, errors };
  return {
    ok: true,
    patch: { name, rules: input, scriptMarkdown: draft.scriptMarkdown },
  };
}

/** A typed number, or NaN (which the schema refuses as "expected a number"). */
function wholeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

const FIELD_KEYS: Record<string, string> = {
  'callingWindow.start': 'windowStart',
  'callingWindow.end': 'windowEnd',
  'callingWindow.weekdays': 'weekdays',
  'speedToLead.slaMinutes': 'slaMinutes',
  'speedToLead.atRiskMinutes': 'atRiskMinutes',
  'cadence.maxAttempts': 'maxAttempts',
  'cadence.spacing': 'spacing',
  callbackGraceMinutes: 'callbackGraceMinutes',
};

function fieldKey(path: string[]): string {
  const [group, field, index] = path;
  if (group === 'cadence' && field === 'spacing' && index !== undefined) return `spacing.${index}`;
  return FIELD_KEYS[path.slice(0, 2).join('.')] ?? FIELD_KEYS[path[0] ?? ''] ?? 'rules';
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
