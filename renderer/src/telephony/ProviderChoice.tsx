import type { PublicSettings } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';

type Provider = PublicSettings['telephonyProvider'];

const PROVIDERS: readonly RadioOption<Provider>[] = [
  {
    value: 'simulated',
    label: 'The simulated line: practice and demos, no real calls',
    testId: 'telephony-provider-simulated',
  },
  {
    value: 'twilio',
    label: 'Twilio: real calls from this computer (set up below)',
    testId: 'telephony-provider-twilio',
  },
  {
    value: 'sip',
    label: 'SIP: real calls through your own PBX over a WebSocket (set up below)',
    testId: 'telephony-provider-sip',
  },
];

/** Which line places calls; the next dial uses the new one. */
export function ProviderChoice({ provider }: { provider: Provider }) {
  const action = useAction();
  const choose = (next: Provider) => {
    if (next !== provider)
      void action.run(() => getBridge().settings.update({ telephonyProvider: next }));
  };
  return (
    <RadioGroup
      legend="Calls go through"
      name="telephony-provider"
      value={provider}
      options={PROVIDERS}
      onChange={choose}
    >
      <ErrorText message={action.error} />
    </RadioGroup>
  );
}
