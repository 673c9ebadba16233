// The rules and their schema live in shared/ so the renderer can edit and check them too.
export {
  DEFAULT_CAMPAIGN_RULES,
  WIDEST_CALLING_WINDOW,
  campaignRulesSchema,
  parseCampaignRules,
  type Cadence,
  type CadenceStep,
  type CallingWindow,
  type CampaignRules,
  type SpeedToLead,
} from '../../../shared/domain/campaign-rules';
