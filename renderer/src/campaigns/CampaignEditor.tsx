import { useState } from 'react';
import type { Campaign, CampaignPatch } from '../../../shared/domain/campaign';
import type { Result } from '../../../shared/result';
import { SET_BY_SUPERVISOR } from '../../../shared/domain/team-mode';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { useUnsavedChanges } from '../shell/unsaved-changes';
import { DiscardButton } from '../ui/DiscardButton';
import { ErrorText } from '../ui/ErrorText';
import { SaveForm } from '../ui/SaveForm';
import { TextField } from '../ui/TextField';
import { CadenceFields } from './CadenceFields';
import { CallingWindowFields } from './CallingWindowFields';
import { checkDraft, draftFromCampaign, isDirty, type CampaignDraft } from './campaign-draft';
import { ScriptEditor } from './ScriptEditor';
import { useDefaultScript } from './use-default-script';

interface CampaignEditorProps {
  campaign: Campaign;
  repName: string;
  onSaved: (campaign: Campaign) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Where a save goes: the rep's own campaigns unless told (the supervisor's team campaigns). */
  update?: (patch: CampaignPatch) => Promise<Result<Campaign>>;
}

const NO_ERRORS: ReadonlyMap<string, string> = new Map();

/** One campaign's name, rules and script; problems shown on their fields, saved in one go. */
export function CampaignEditor(props: CampaignEditorProps) {
  const { campaign, repName, onSaved, onDirtyChange } = props;
  const update = props.update ?? ((patch) => getBridge().campaigns.update(campaign.id, patch));
  const [draft, setDraft] = useState(() => draftFromCampaign(campaign));
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction();
  const check = checkDraft(draft);
  const errors = showErrors && !check.ok ? check.errors : NO_ERRORS;
  const dirty = isDirty(draft, campaign);
  const defaultScript = useDefaultScript(campaign.id, campaign.scriptMarkdown.trim() !== '');

  const change = (patch: Partial<CampaignDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onDirtyChange(isDirty(next, campaign));
  };

  const discard = () => {
    setDraft(draftFromCampaign(campaign));
    setShowErrors(false);
    onDirtyChange(false);
  };
  useUnsavedChanges(`Campaign ${campaign.name}`, dirty, discard);

  const save = async () => {
    setShowErrors(true);
    if (!check.ok) return;
    const saved = await action.run(() => update(check.patch));
    if (saved === null) return;
    setDraft(draftFromCampaign(saved));
    setShowErrors(false);
    onDirtyChange(false);
    onSaved(saved);
  };

  return (
    <SaveForm
      className="panel campaign-editor"
      aria-label={`Campaign ${campaign.name}`}
      data-testid="campaign-editor"
      onSave={save}
    >
      {campaign.rulesProblem && (
        <p className="banner error-banner" role="alert">
          Its stored rules cannot be read, so this campaign is not dialed: {campaign.rulesProblem}.
          Saving sets the rules below.
        </p>
      )}
      {campaign.team && (
        <p className="banner notice-banner" data-testid="campaign-set-by-team">
          {SET_BY_SUPERVISOR} Its rules, script and outcomes are the whole team’s (last changed by{' '}
          {campaign.team.updatedBy}): ask your supervisor to change them.
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={campaign.team !== null}>
        <TextField
          id="campaign-name"
          label="Name"
          error={errors.get('name')}
          testId="campaign-name"
          maxLength={80}
          value={draft.name}
          onChange={(name) => change({ name })}
        />
        <div className="campaign-rules">
          <CallingWindowFields draft={draft} errors={errors} onChange={change} />
          <CadenceFields draft={draft} errors={errors} onChange={change} />
        </div>
        <ScriptEditor
          markdown={draft.scriptMarkdown}
          defaultMarkdown={defaultScript}
          repName={repName}
          onChange={(scriptMarkdown) => change({ scriptMarkdown })}
        />
      </fieldset>
      {campaign.team === null && (
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            data-testid="campaign-save"
            aria-disabled={dirty && !action.busy ? undefined : 'true'}
          >
            {action.busy ? 'Saving…' : 'Save campaign'}
          </button>
          <DiscardButton dirty={dirty} onDiscard={discard} />
          {showErrors && !check.ok && (
            <span className="field-hint is-bad">Fix the fields marked above, then save.</span>
          )}
          {!dirty && !action.error && <span className="muted">All changes saved.</span>}
        </div>
      )}
      <ErrorText message={action.error} />
    </SaveForm>
  );
}
