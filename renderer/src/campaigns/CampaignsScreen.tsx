import { useState } from 'react';
import { useCampaignDispositions } from '../outcomes/use-dispositions';
import { DispositionsEditor } from '../settings/DispositionsEditor';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { CampaignEditor } from './CampaignEditor';
import { CampaignList } from './CampaignList';
import { NewCampaignForm } from './NewCampaignForm';
import { useCampaigns } from './use-campaigns';

/** Campaigns: each lead list's calling window, speed-to-lead SLA, retry cadence and call script. */
export function CampaignsScreen({ repName }: { repName: string }) {
  const { value, reload } = useCampaigns();
  const outcomes = useCampaignDispositions();
  const teamOutcomes = outcomes.status === 'ready' ? outcomes.value : null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [switchTo, setSwitchTo] = useState<string | null>(null);

  const campaigns = value.status === 'ready' ? value.value : [];
  const selected = campaigns.find((c) => c.id === selectedId) ?? campaigns[0] ?? null;

  const select = (id: string) => {
    if (id === selected?.id) return;
    if (dirty) setSwitchTo(id);
    else setSelectedId(id);
  };

  return (
    <ScreenPage
      title="Campaigns"
      summary="Each lead list’s calling window, speed-to-lead SLA, retry cadence and call script."
    >
      {value.status === 'error' && <ErrorText message={value.message} />}
      <div className="campaigns-layout">
        <aside className="panel campaigns-aside">
          <CampaignList campaigns={campaigns} selectedId={selected?.id ?? null} onSelect={select} />
          <NewCampaignForm
            onCreated={(created) => {
              reload();
              setDirty(false);
              setSelectedId(created.id);
            }}
          />
        </aside>
        {selected ? (
          <div className="settings-stack">
            <CampaignEditor
              key={selected.id}
              campaign={selected}
              repName={repName}
              onSaved={reload}
              onDirtyChange={setDirty}
            />
            {selected.team && teamOutcomes?.[selected.id] && (
              <DispositionsEditor
                key={`${selected.id}:${selected.team.version}`}
                title={`Outcomes of ${selected.name}`}
                dispositions={teamOutcomes[selected.id] ?? []}
                setByTeam
              />
            )}
          </div>
        ) : (
          value.status === 'ready' && <p className="muted">No campaign yet: create one.</p>
        )}
      </div>
      {switchTo && selected && (
        <ConfirmDialog
          title={`Discard your changes to ${selected.name}?`}
          confirmLabel="Discard changes"
          dismissLabel="Keep editing"
          tone="danger"
          canConfirm
          error={null}
          onConfirm={() => {
            setDirty(false);
            setSelectedId(switchTo);
            setSwitchTo(null);
          }}
          onCancel={() => setSwitchTo(null)}
        >
          <p>The changes have not been saved.</p>
        </ConfirmDialog>
      )}
    </ScreenPage>
  );
}
