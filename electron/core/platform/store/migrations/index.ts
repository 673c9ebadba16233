import type { Migration } from './migration';
import { initialSchema } from './001-initial';
import { powerDialLoopSchema } from './002-power-dial-loop';
import { leadListSchema } from './003-lead-list';
import { hubOutboxSchema } from './004-hub-outbox';
import { leanLeadIndexesSchema } from './005-lean-lead-indexes';
import { leadSearchSchema } from './006-lead-search';
import { sharedNumbersSchema } from './007-shared-numbers';
import { lineReportSchema } from './008-line-report';
import { notOnTheLineSchema } from './009-not-on-the-line';
import { teamPoolSchema } from './010-team-pool';
import { teamCampaignsSchema } from './011-team-campaigns';
import { callingRulesSchema } from './012-calling-rules';
import { presentedCallerIdSchema } from './013-presented-caller-id';
import { leadSourceSchema } from './014-lead-source';

/** Append only: a released migration is never edited, a change is a new migration. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  powerDialLoopSchema,
  leadListSchema,
  hubOutboxSchema,
  leanLeadIndexesSchema,
  leadSearchSchema,
  sharedNumbersSchema,
  lineReportSchema,
  notOnTheLineSchema,
  teamPoolSchema,
  teamCampaignsSchema,
  callingRulesSchema,
  presentedCallerIdSchema,
  leadSourceSchema,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
