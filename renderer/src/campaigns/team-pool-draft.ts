import {
  claimMinutesSchema,
  type TeamCampaign,
  type TeamCampaignPatch,
} from '../../../shared/domain/team-campaign';

/** How the pool hands out a team campaign's leads, as the supervisor edits it. */
export interface TeamPoolDraft {
  /** As typed. */
  claimMinutes: string;
  /** null: Everyone. */
  repIds: readonly string[] | null;
}

export interface RepChoice {
  repId: string;
  repName: string;
}

export function teamPoolDraftOf(campaign: TeamCampaign): TeamPoolDraft {
  return { claimMinutes: String(campaign.claimMinutes), repIds: campaign.repIds };
}

/** The patch to save, or the words for what is wrong with the draft. */
export function checkTeamPoolDraft(
  draft: TeamPoolDraft,
): { ok: true; patch: TeamCampaignPatch } | { ok: false; claimMinutes?: string; reps?: string } {
  const claim = claimMinutesSchema.safeParse(
    draft.claimMinutes.trim() === '' ? NaN : Number(draft.claimMinutes),
  );
  const reps =
    draft.repIds !== null && draft.repIds.length === 0
      ? 'Choose at least one rep, or Everyone.'
      : undefined;
  if (!claim.success || reps !== undefined) {
    return {
      ok: false,
      ...(claim.success ? {} : { claimMinutes: 'A whole number of minutes from 1 to 60.' }),
      ...(reps === undefined ? {} : { reps }),
    };
  }
  return {
    ok: true,
    patch: {
      claimMinutes: claim.data,
      repIds: draft.repIds === null ? null : [...draft.repIds].sort(),
    },
  };
}

/**
 * The reps to choose from: every rep the floor knows, and any the campaign names who has not
 * been on the floor since the hub started, by name.
 */
export function repChoices(
  floorReps: readonly RepChoice[],
  named: readonly string[] | null,
): RepChoice[] {
  const byId = new Map(floorReps.map((rep) => [rep.repId, rep.repName]));
  for (const repId of named ?? []) if (!byId.has(repId)) byId.set(repId, repId);
  return [...byId]
    .map(([repId, repName]) => ({ repId, repName }))
    .sort((a, b) => a.repName.localeCompare(b.repName) || a.repId.localeCompare(b.repId));
}

/** Ticking a rep out of Everyone starts from every rep but them. */
export function toggleRep(
  draft: TeamPoolDraft,
  choices: readonly RepChoice[],
  repId: string,
  works: boolean,
): TeamPoolDraft {
  const current = draft.repIds ?? choices.map((choice) => choice.repId);
  const next = works
    ? [...new Set([...current, repId])]
    : current.filter((candidate) => candidate !== repId);
  return { ...draft, repIds: next };
}
