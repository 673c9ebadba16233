import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveRepKey } from '../../../../electron/hub/auth/rep-key';
import { DEFAULT_DISPOSITIONS } from '../../../../shared/domain/disposition';
import type { SecretName } from '../../../../shared/domain/settings';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { startScriptedCore } from '../../app/scripted-core';
import { START } from '../../floor/link/support/rep-core';

const TEAM_TOKEN = 'roles-team-token-0123456789';
/** Nothing listens there: the rep's app keeps trying, which changes nothing here. */
const HUB_URL = 'http://127.0.0.1:9';

const relabelled = DEFAULT_DISPOSITIONS.map((d) =>
  d.code === 'converted' ? { ...d, label: 'Sold' } : d,
);

const TWILIO_SECRETS_REFUSED = {
  code: 'forbidden',
  message:
    "The team's Twilio secrets stay with your supervisor: on a team hub your calls get their tokens from the team's token URL.",
};

describe("a rep's settings in team mode and solo", () => {
  let temp: ReturnType<typeof makeTempDir>;
  let drive: CoreDriver;

  async function startRep(
    hubUrl: string | null,
    secrets: Partial<Record<SecretName, string>>,
  ): Promise<void> {
    drive = await startScriptedCore(
      path.join(temp.dir, 'ana'),
      new ManualClock(START),
      { seed: 1, outcomes: [], attemptPrefix: 'a-' },
      {
        seedDemo: false,
        settingsOverrides: { repId: 'ana', repName: 'Ana', hubUrl },
        secretOverrides: secrets,
      },
    );
  }

  beforeEach(() => {
    temp = makeTempDir('dialdeck-team-roles-');
  });
  afterEach(async () => {
    await drive.core.close();
    temp.remove();
  });

  describe('a rep on a team hub with their rep key', () => {
    beforeEach(() => startRep(HUB_URL, { hubRepKey: deriveRepKey(TEAM_TOKEN, 'ana') }));

    it('cannot switch to supervisor without the team token', async () => {
      expect(await drive.refused('settings.update', { role: 'supervisor' })).toEqual({
        code: 'forbidden',
        message:
          'You work as a rep on a team hub. Only the team\'s supervisor credential makes this app a supervisor\'s: enter the team token under "Team floor" first (ask your supervisor for it), then choose Supervisor.',
      });
      expect((await drive.call('settings.get')).role).toBe('rep');
    });

    it('is refused a team token that does not match their rep key, and becomes supervisor with the right one', async () => {
      expect(await drive.refused('settings.setSecret', 'hubToken', 'a-guess-0123456789')).toEqual({
        code: 'forbidden',
        message:
          "That is not your team's token (it does not match your rep key): ask your supervisor for the team token.",
      });
      expect((await drive.call('settings.get')).secretsSet.hubToken).toBe(false);

      await drive.call('settings.setSecret', 'hubToken', TEAM_TOKEN);
      expect((await drive.call('settings.update', { role: 'supervisor' })).role).toBe('supervisor');
    });

    it("cannot change the team's outcomes", async () => {
      expect(await drive.refused('dispositions.update', relabelled)).toEqual({
        code: 'forbidden',
        message:
          "You work as a rep on a team hub: the team's outcomes are set by your supervisor on the hub, for each team campaign.",
      });
      expect((await drive.call('dispositions.list'))[0]?.label).toBe('Converted');
    });

    it("cannot store the team's Twilio secrets", async () => {
      expect(await drive.refused('settings.setSecret', 'twilioApiKeySecret', 'secret-1')).toEqual(
        TWILIO_SECRETS_REFUSED,
      );
      expect(await drive.refused('settings.setSecret', 'twilioAuthToken', 'secret-2')).toEqual(
        TWILIO_SECRETS_REFUSED,
      );
      const settings = await drive.call('settings.get');
      expect(settings.secretsSet.twilioApiKeySecret).toBe(false);
      expect(settings.secretsSet.twilioAuthToken).toBe(false);
      // What is the rep's own still changes.
      expect((await drive.call('settings.update', { wrapUpSeconds: 20 })).wrapUpSeconds).toBe(20);
    });
  });

  it('a rep on a team hub with the team token as their credential holds the supervisor credential', async () => {
    await startRep(HUB_URL, { hubToken: TEAM_TOKEN });
    expect((await drive.call('settings.update', { role: 'supervisor' })).role).toBe('supervisor');
  });

  it('a solo rep without a hub keeps every setting', async () => {
    await startRep(null, {});
    expect((await drive.call('dispositions.update', relabelled))[0]?.label).toBe('Sold');
    await drive.call('settings.setSecret', 'twilioApiKeySecret', 'secret-1');
    await drive.call('settings.setSecret', 'twilioAuthToken', 'secret-2');
    await drive.call('settings.setSecret', 'hubToken', 'any-token-of-my-own-0123');
    const updated = await drive.call('settings.get');
    expect(updated.secretsSet).toMatchObject({
      twilioApiKeySecret: true,
      twilioAuthToken: true,
      hubToken: true,
    });
    expect((await drive.call('settings.update', { role: 'supervisor' })).role).toBe('supervisor');
  });
});
