import type { PublicSettings } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';

type Provider = PublicSettings['telephonyProvider'];

/** Which line places calls; the next dial uses the new one. */
export function ProviderChoice({ provider }: { provider: Provider }) {
  const action = useAction();
  const choose = (next: Provider) => {
    if (next !== provider)
      void action.run(() => getBridge().settings.update({ telephonyProvider: next }));
  };
  return (
    <fieldset className="field radio-row">
      <legend className="field-label">Calls go through</legend>
      <label className="radio">
        <input
          type="radio"
          name="telephony-provider"
          data-testid="telephony-provider-simulated"
          checked={provider === 'simulated'}
          onChange={() => choose('simulated')}
        />
        The simulated line: practice and demos, no real calls
      </label>
      <label className="radio">
        <input
          type="radio"
          name="telephony-provider"
          data-testid="telephony-provider-twilio"
          checked={provider === 'twilio'}
          onChange={() => choose('twilio')}
        />
        Twilio: real calls from this computer (set up below)
      </label>
      <ErrorText message={action.error} />
    </fieldset>
  );
}
