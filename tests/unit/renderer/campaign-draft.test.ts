import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN_RULES } from '../../../shared/domain/campaign-rules';
import {
  checkDraft,
  draftFromCampaign,
  isDirty,
  type CampaignDraft,
} from '../../../renderer/src/campaigns/campaign-draft';
import { previewScript } from '../../../renderer/src/campaigns/script-preview';
import type { Campaign } from '../../../shared/domain/campaign';

const campaign: Campaign = {
  id: 'default',
  name: 'Inbound web leads',
  createdAt: 0,
  rules: DEFAULT_CAMPAIGN_RULES,
  rulesProblem: null,
  scriptMarkdown: '# Hello',
  leads: { total: 3, queued: 2, held: 1 },
  team: null,
};

const edit = (patch: Partial<CampaignDraft>) => ({ ...draftFromCampaign(campaign), ...patch });

describe('the campaign form', () => {
  it('round-trips the stored rules unchanged', () => {
    const check = checkDraft(draftFromCampaign(campaign));
    expect(check.ok && check.patch).toEqual({
      name: 'Inbound web leads',
      rules: {
        ...DEFAULT_CAMPAIGN_RULES,
        callingWindow: { ...DEFAULT_CAMPAIGN_RULES.callingWindow },
      },
      scriptMarkdown: '# Hello',
    });
    expect(isDirty(draftFromCampaign(campaign), campaign)).toBe(false);
    expect(isDirty(edit({ name: 'X' }), campaign)).toBe(true);
  });

  it('pins each problem to its field, in words', () => {
    const check = checkDraft(
      edit({
        name: ' ',
        windowStart: '07:00',
        weekdays: [],
        slaMinutes: '',
        atRiskMinutes: '30',
        maxAttempts: '0',
        spacing: [
          { kind: 'wait', minutes: '10' },
          { kind: 'next-day', at: '22:00' },
        ],
      }),
    );
    expect(check.ok).toBe(false);
    const errors = check.ok ? new Map() : check.errors;
    expect(errors.get('name')).toBe('A campaign needs a name.');
    expect(errors.get('windowStart')).toBe(
      '07:00 is earlier than 08:00: campaigns may only narrow the 08:00–21:00 window.',
    );
    expect(errors.get('weekdays')).toBe('At least one weekday must be allowed.');
    expect(errors.get('slaMinutes')).toMatch(/number/);
    expect(errors.get('maxAttempts')).toBe('Must be at least 1.');
  });

  it('checks the cadence against the window once the rest is right', () => {
    const check = checkDraft(
      edit({
        spacing: [
          { kind: 'wait', minutes: '10' },
          { kind: 'next-day', at: '21:30' },
        ],
      }),
    );
    const errors = check.ok ? new Map() : check.errors;
    expect(errors.get('spacing.1')).toBe('21:30 is not before the calling window ends (21:00).');
  });

  it('refuses a window that ends before it starts, and an at-risk time over the SLA', () => {
    const check = checkDraft(
      edit({ windowStart: '18:00', windowEnd: '09:00', slaMinutes: '15', atRiskMinutes: '20' }),
    );
    const errors = check.ok ? new Map() : check.errors;
    expect(errors.get('windowEnd')).toBe('The window must end after it starts (18:00–09:00).');
    expect(errors.get('atRiskMinutes')).toBe('Must not exceed slaMinutes (15).');
  });
});

describe('the script preview', () => {
  it('fills lead fields from a sample lead and lists merge fields no lead field fills', () => {
    const preview = previewScript(
      '# Pitch\n## Opening\nHi {{first_name}}, {{rep_name}} here about {{budget}} and {{source|the web}}.',
      'Alex Morgan',
    );
    expect(preview.script.title).toBe('Pitch');
    expect(preview.script.sections.map((s) => s.title)).toEqual(['Opening']);
    expect(preview.unknownFields).toEqual(['budget']);
  });
});
