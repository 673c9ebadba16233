import type { PublicSettings } from '../../../../shared/domain/settings';
import { RadioGroup } from '../../ui/RadioGroup';
import { SaveForm } from '../../ui/SaveForm';
import { SelectField } from '../../ui/SelectField';
import { SettingsFormActions } from '../../settings/SettingsFormActions';
import { useSettingsDraft } from '../../settings/use-settings-draft';
import { setupFields } from '../setup-fields';
import { sipDraftFrom, sipPatch } from './sip-draft';
import {
  CALLER_ID_HEADER_CHOICE,
  CONNECTION_CHOICE,
  NUMBER_FORMAT_CHOICE,
  SIP_PASSWORD,
  SIP_TEXT_FIELDS,
  TURN_PASSWORD,
} from './sip-fields';

/** The SIP account, how it signs in, caller ID, number format and ICE; secrets are write-only. */
export function SipSetupForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, sipDraftFrom, sipPatch);
  const { draft, change, save } = form;
  const { text, secret } = setupFields(settings, form, SIP_TEXT_FIELDS);
  return (
    <SaveForm className="sip-setup" aria-labelledby="sip-setup-title" onSave={save}>
      <h3 id="sip-setup-title">SIP</h3>
      <div className="settings-grid">
        {text('webSocketUrl')}
        {text('uri')}
        {text('authUser')}
        {secret(SIP_PASSWORD)}
        {text('realm')}
      </div>
      <RadioGroup
        {...CONNECTION_CHOICE}
        value={draft.connection}
        onChange={(connection) => change({ connection })}
      />
      <div className="settings-grid">
        {text('outboundProxy')}
        {text('callerId')}
        <SelectField
          {...CALLER_ID_HEADER_CHOICE}
          value={draft.callerIdHeader}
          onChange={(callerIdHeader) => change({ callerIdHeader })}
        />
        <SelectField
          {...NUMBER_FORMAT_CHOICE}
          value={draft.numberFormat}
          onChange={(numberFormat) => change({ numberFormat })}
        />
        {draft.numberFormat === 'prefix' && text('dialPrefix')}
        {text('iceServers')}
        {text('turnUsername')}
        {secret(TURN_PASSWORD)}
      </div>
      <SettingsFormActions form={form} saveLabel="Save SIP settings" saveTestId="sip-save" />
    </SaveForm>
  );
}
