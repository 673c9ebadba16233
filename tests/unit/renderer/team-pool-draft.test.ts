import { describe, expect, it } from 'vitest';
import {
  checkTeamPoolDraft,
  repChoices,
  toggleRep,
} from '../../../renderer/src/campaigns/team-pool-draft';

const team = [
  { repId: 'bob', repName: 'Bob Ng' },
  { repId: 'ana', repName: 'Ana Ruiz' },
];

describe("a team campaign's claim time and reps, as the supervisor edits them", () => {
  it('saves whole minutes from 1 to 60 and the reps sorted, Everyone as null', () => {
    expect(checkTeamPoolDraft({ claimMinutes: '5', repIds: ['bob', 'ana'] })).toEqual({
      ok: true,
      patch: { claimMinutes: 5, repIds: ['ana', 'bob'] },
    });
    expect(checkTeamPoolDraft({ claimMinutes: '3', repIds: null })).toEqual({
      ok: true,
      patch: { claimMinutes: 3, repIds: null },
    });
    for (const typed of ['', '0', '61', '2.5']) {
      expect(checkTeamPoolDraft({ claimMinutes: typed, repIds: null })).toEqual({
        ok: false,
        claimMinutes: 'A whole number of minutes from 1 to 60.',
      });
    }
    expect(checkTeamPoolDraft({ claimMinutes: '3', repIds: [] })).toEqual({
      ok: false,
      reps: 'Choose at least one rep, or Everyone.',
    });
  });

  it('lists the floor’s reps by name, with any named rep the floor has not seen', () => {
    expect(repChoices(team, ['zed'])).toEqual([
      { repId: 'ana', repName: 'Ana Ruiz' },
      { repId: 'bob', repName: 'Bob Ng' },
      { repId: 'zed', repName: 'zed' },
    ]);
  });

  it('takes a rep out of Everyone by naming every other rep', () => {
    const choices = repChoices(team, null);
    expect(toggleRep({ claimMinutes: '3', repIds: null }, choices, 'bob', false)).toEqual({
      claimMinutes: '3',
      repIds: ['ana'],
    });
    expect(toggleRep({ claimMinutes: '3', repIds: ['ana'] }, choices, 'bob', true).repIds).toEqual([
      'ana',
      'bob',
    ]);
  });
});
