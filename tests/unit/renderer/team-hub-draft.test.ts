import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../shared/domain/settings';
import {
  draftFromHubSettings,
  hubSettingsPatch,
} from '../../../renderer/src/settings/team-hub-draft';

const settings = {
  role: 'rep',
  hubUrl: null,
  hubPort: 5190,
  hubExposeOnLan: false,
  hubTlsCertFile: null,
  hubTlsKeyFile: null,
  hubTlsCaFile: null,
} as unknown as PublicSettings;

describe('team hub settings draft', () => {
  it('sends only what changed, with empty texts as none', () => {
    const draft = { ...draftFromHubSettings(settings), hubUrl: ' http://10.0.0.5:5190 ' };
    expect(hubSettingsPatch(draft, settings)).toEqual({
      ok: true,
      patch: { hubUrl: 'http://10.0.0.5:5190' },
    });
    const back = { ...draftFromHubSettings({ ...settings, hubUrl: 'http://x:1' }), hubUrl: '' };
    expect(hubSettingsPatch(back, { ...settings, hubUrl: 'http://x:1' })).toEqual({
      ok: true,
      patch: { hubUrl: null },
    });
  });

  it('turns a supervisor on with a port, and refuses a port that is not one', () => {
    const draft = {
      ...draftFromHubSettings(settings),
      role: 'supervisor' as const,
      hubPort: '6000',
    };
    expect(hubSettingsPatch(draft, settings)).toEqual({
      ok: true,
      patch: { role: 'supervisor', hubPort: 6000 },
    });
    const bad = hubSettingsPatch({ ...draft, hubPort: '70000' }, settings);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.get('hubPort')).toMatch(/0 to 65535/);
  });
});
