import { useState } from 'react';
import type { TeamCampaign } from '../../../shared/domain/team-campaign';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { useFloorView } from '../floor/use-floor-view';
import { ErrorText } from '../ui/ErrorText';
import { FieldProblem } from '../ui/FieldProblem';
import { NumberField } from '../ui/NumberField';
import { SaveForm } from '../ui/SaveForm';
import { checkTeamPoolDraft, repChoices, teamPoolDraftOf, toggleRep } from './team-pool-draft';

interface TeamPoolFieldsProps {
  campaign: TeamCampaign;
  onSaved: () => void;
}

/**
 * How the team pool hands out this campaign's leads: how long a rep has to dial an offered lead,
 * and which reps are offered them (Everyone by default).
 */
export function TeamPoolFields({ campaign, onSaved }: TeamPoolFieldsProps) {
  const [draft, setDraft] = useState(() => teamPoolDraftOf(campaign));
  const floor = useFloorView().view;
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction();
  const check = checkTeamPoolDraft(draft);
  // The floor's reps as they join, so a rep who connects while this is open can be ticked.
  const floorReps = floor.status === 'ready' && floor.value !== null ? floor.value.reps : [];
  const choices = repChoices(floorReps, draft.repIds);

  const save = async () => {
    setShowErrors(true);
    if (!check.ok) return;
    const saved = await action.run(() =>
      getBridge().floor.updateTeamCampaign(campaign.id, campaign.version, check.patch),
    );
    if (saved === null) return;
    setShowErrors(false);
    onSaved();
  };

  return (
    <SaveForm
      className="panel"
      aria-label={`Who gets the leads of ${campaign.name}`}
      data-testid="team-pool-fields"
      onSave={save}
    >
      <h2 className="panel-title">Who gets its leads</h2>
      <NumberField
        id="team-claim-minutes"
        label="Claim time (min): a rep who does not dial an offered lead within it loses it to the next rep"
        hint="3 minutes by default; 1 to 60."
        error={showErrors && !check.ok ? check.claimMinutes : undefined}
        data-testid="team-claim-minutes"
        inputMode="numeric"
        min={1}
        max={60}
        step={1}
        value={draft.claimMinutes}
        onChange={(claimMinutes) => setDraft({ ...draft, claimMinutes })}
      />
      <fieldset className="form-section" data-testid="team-campaign-reps">
        <legend className="field-label">Reps who work this campaign</legend>
        <div>
          <label className="weekday">
            <input
              type="checkbox"
              data-testid="team-reps-everyone"
              checked={draft.repIds === null}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  repIds: event.target.checked ? null : choices.map((choice) => choice.repId),
                })
              }
            />
            Everyone (every rep of the team, new reps included)
          </label>
        </div>
        <div>
          {choices.map((choice) => (
            <label key={choice.repId} className="weekday">
              <input
                type="checkbox"
                data-testid={`team-rep-${choice.repId}`}
                checked={draft.repIds === null || draft.repIds.includes(choice.repId)}
                onChange={(event) =>
                  setDraft(toggleRep(draft, choices, choice.repId, event.target.checked))
                }
              />
              {choice.repName}
            </label>
          ))}
        </div>
        {choices.length === 0 && (
          <p className="muted">
            No rep has joined the floor since the hub started: only Everyone can be chosen.
          </p>
        )}
        <FieldProblem message={showErrors && !check.ok ? check.reps : undefined} />
      </fieldset>
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="team-pool-save"
          aria-disabled={action.busy ? 'true' : undefined}
        >
          {action.busy ? 'Saving…' : 'Save who gets its leads'}
        </button>
      </div>
      <ErrorText message={action.error} />
    </SaveForm>
  );
}
