import { useEffect, useState } from 'react';
import type { TeamCampaign } from '../../../shared/domain/team-campaign';
import { getBridge } from '../bridge/get-bridge';
import { DispositionsEditor } from '../settings/DispositionsEditor';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { CampaignEditor } from './CampaignEditor';
import { NewCampaignForm } from './NewCampaignForm';
import { asEditableCampaign, mapResult, teamPatchOf } from './team-campaign-view';
import { TeamPoolFields } from './TeamPoolFields';

/**
 * The supervisor's team campaigns, kept by the hub and followed by every rep's app: their calling
 * window, SLA, cadence, script and outcomes, edited with the rep's own campaign editors. A save
 * names the version it edited, so a change made meanwhile elsewhere is refused, not overwritten.
 */
export function TeamCampaignsScreen({ supervisorName }: { supervisorName: string }) {
  const [campaigns, setCampaigns] = useState<TeamCampaign[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Bumped after each change: the list is read again from the hub. */
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((n) => n + 1);

  useEffect(() => {
    let active = true;
    getBridge()
      .floor.teamCampaigns()
      .then(
        (listed) => {
          if (!active) return;
          if (listed.ok) setCampaigns(listed.value);
          setError(listed.ok ? null : listed.error.message);
        },
        (failure: Error) => active && setError(failure.message),
      );
    return () => {
      active = false;
    };
  }, [version]);

  const selected = campaigns?.find((c) => c.id === selectedId) ?? campaigns?.[0] ?? null;

  return (
    <ScreenPage
      title="Team campaigns"
      summary="Every rep’s app follows these: the calling window, speed-to-lead SLA, retry cadence, call script and outcomes, and the team pool offers their leads to the reps each names within its claim time. Reps cannot change them."
    >
      <ErrorText message={error} />
      <div className="campaigns-layout">
        <aside className="panel campaigns-aside">
          <ul className="campaign-list" aria-label="Team campaigns">
            {(campaigns ?? []).map((campaign) => (
              <li key={campaign.id}>
                <button
                  type="button"
                  className="campaign-item"
                  data-testid={`team-campaign-${campaign.id}`}
                  aria-current={campaign.id === selected?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(campaign.id)}
                >
                  <span className="campaign-item-name">{campaign.name}</span>
                  <span className="muted campaign-item-counts">
                    changed by {campaign.updatedBy}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <NewCampaignForm
            create={async (name) =>
              mapResult(await getBridge().floor.createTeamCampaign(name), asEditableCampaign)
            }
            onCreated={(created) => {
              setSelectedId(created.id);
              reload();
            }}
          />
        </aside>
        {selected && (
          <div className="settings-stack">
            <CampaignEditor
              key={`${selected.id}:${selected.version}`}
              campaign={asEditableCampaign(selected)}
              repName={supervisorName}
              onSaved={reload}
              onDirtyChange={() => undefined}
              update={async (patch) =>
                mapResult(
                  await getBridge().floor.updateTeamCampaign(
                    selected.id,
                    selected.version,
                    teamPatchOf(patch),
                  ),
                  asEditableCampaign,
                )
              }
            />
            <TeamPoolFields
              key={`pool:${selected.id}:${selected.version}`}
              campaign={selected}
              onSaved={reload}
            />
            <DispositionsEditor
              key={`outcomes:${selected.id}:${selected.version}`}
              title={`Outcomes of ${selected.name}`}
              dispositions={selected.dispositions}
              setByTeam={false}
              update={async (list) => {
                const saved = await getBridge().floor.updateTeamCampaign(
                  selected.id,
                  selected.version,
                  {
                    dispositions: list,
                  },
                );
                if (saved.ok) reload();
                return mapResult(saved, (campaign) => campaign.dispositions);
              }}
            />
          </div>
        )}
      </div>
    </ScreenPage>
  );
}
