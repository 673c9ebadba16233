import { DiscardButton } from '../ui/DiscardButton';
import { ErrorText } from '../ui/ErrorText';
import type { SettingsDraftForm } from './use-settings-draft';
import { savedNote } from './when-settings-apply';

interface SettingsFormActionsProps<Draft> {
  form: SettingsDraftForm<Draft>;
  saveLabel: string;
  saveTestId?: string;
  /** Offer "Discard changes" (the form is long enough to want it). */
  discardable?: boolean;
}

/**
 * Save (a submit: Enter in a field saves too), discard, "Saved." with when the change applies,
 * and the core's refusal.
 */
export function SettingsFormActions<Draft>(props: SettingsFormActionsProps<Draft>) {
  const { form } = props;
  return (
    <>
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid={props.saveTestId}
          aria-disabled={form.dirty && !form.action.busy ? undefined : 'true'}
        >
          {props.saveLabel}
        </button>
        {props.discardable && <DiscardButton dirty={form.dirty} onDiscard={form.discard} />}
        {form.saved && !form.dirty && (
          <span className="muted" role="status">
            {savedNote(form.savedKeys)}
          </span>
        )}
      </div>
      <ErrorText message={form.action.error} />
    </>
  );
}
