import { z } from 'zod';
import {
  TEAM_CAMPAIGN_ID_PATTERN,
  teamCampaignNameSchema,
  teamCampaignPatchSchema,
} from '../domain/team-campaign';
import { isHubAddressList } from '../floor/hub-addresses';
import { escalationAnswerSchema } from '../floor/validators';
import { REP_ID_PATTERN } from '../floor/protocol';
import type { FloorMethods } from './domains/floor';

type Args<M extends keyof FloorMethods> = Parameters<FloorMethods[M]>;

/**
 * http(s) as the hub prints it; ws(s) as some people write a socket address; several hub nodes
 * of one floor separated by commas.
 */
const hubUrl = z
  .string()
  .max(2_000)
  .refine(
    isHubAddressList,
    'must be the hub address it printed, like http://10.0.0.5:5190 or https://hub.example.com ' +
      '(several hub nodes: separated by commas)',
  );

const filePath = z.string().trim().min(1).max(4_096);

/** The settings the floor adds (the settings screen sends them in settings.update). */
export const hubSettingsShape = {
  hubUrl: hubUrl.nullable(),
  hubPort: z.number().int().min(0).max(65_535),
  hubExposeOnLan: z.boolean(),
  hubTlsCertFile: filePath.nullable(),
  hubTlsKeyFile: filePath.nullable(),
  hubTlsCaFile: filePath.nullable(),
};

const none = z.tuple([]);
/** Alert and escalation ids as the hub makes them. */
const floorId = z.string().regex(/^[A-Za-z0-9_:.-]{1,200}$/, 'an id from the floor view');

/** The arguments of the floor.* methods, spread into argumentSchemas. */
export const floorArgumentSchemas: { [M in keyof FloorMethods]: z.ZodType<Args<M>> } = {
  'floor.status': none,
  'floor.escalate': z.tuple([
    z.string().trim().min(1, 'say what the supervisor should know').max(2_000),
  ]),
  'floor.view': none,
  'floor.acknowledgeAlert': z.tuple([floorId]),
  'floor.answerEscalation': z.tuple([floorId, escalationAnswerSchema]),
  'floor.myEscalations': none,
  'floor.dismissEscalation': z.tuple([floorId]),
  'floor.alertHistory': none,
  'floor.snoozeRep': z.tuple([
    z.string().regex(REP_ID_PATTERN, 'a rep id from the floor view'),
    z
      .number()
      .int()
      .min(1)
      .max(8 * 60),
  ]),
  'floor.wallTokens': none,
  'floor.createWallToken': z.tuple([
    z.string().trim().min(1, 'a name for the screen, like "Sales floor TV"').max(80),
  ]),
  'floor.revokeWallToken': z.tuple([floorId]),
  'floor.teamCampaigns': none,
  'floor.createTeamCampaign': z.tuple([teamCampaignNameSchema]),
  'floor.updateTeamCampaign': z.tuple([
    z.string().regex(TEAM_CAMPAIGN_ID_PATTERN, 'not a team campaign id'),
    z.number().int().nonnegative(),
    teamCampaignPatchSchema,
  ]),
};
