import { useState } from 'react';
import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';
import { Field } from '../ui/Field';
import { playTestTone } from './audio/test-tone';
import {
  canChooseOutput,
  useAudioDevices,
  type AudioDeviceChoice,
} from './audio/use-audio-devices';
import { useMicLevel } from './audio/use-mic-level';

/** The microphone and speaker calls use, with a level meter and a test tone to prove them. */
export function AudioDevices({ settings }: { settings: PublicSettings }) {
  const devices = useAudioDevices();
  const action = useAction();
  const [listening, setListening] = useState(false);
  const [tone, setTone] = useState<{ playing: boolean; problem: string | null }>({
    playing: false,
    problem: null,
  });
  const level = useMicLevel(settings.audioInputDeviceId, listening);
  const save = (patch: SettingsPatch) => void action.run(() => getBridge().settings.update(patch));
  const chooseOutput = canChooseOutput();

  const testTone = async () => {
    setTone({ playing: true, problem: null });
    try {
      await playTestTone(settings.audioOutputDeviceId);
      setTone({ playing: false, problem: null });
    } catch (error) {
      setTone({ playing: false, problem: (error as Error).message });
    }
  };

  return (
    <div className="audio-devices">
      <h3>Microphone and speaker</h3>
      <div className="settings-grid">
        <Field
          label="Microphone"
          htmlFor="audio-input"
          hint={devices.named ? undefined : 'Press “Check microphone” once to see device names.'}
        >
          <DeviceSelect
            id="audio-input"
            testId="audio-input"
            choices={devices.inputs}
            value={settings.audioInputDeviceId}
            onChange={(audioInputDeviceId) => save({ audioInputDeviceId })}
          />
        </Field>
        <Field
          label="Speaker"
          htmlFor="audio-output"
          hint={
            chooseOutput ? undefined : 'This window plays calls on the system’s default speaker.'
          }
        >
          <DeviceSelect
            id="audio-output"
            testId="audio-output"
            choices={chooseOutput ? devices.outputs : []}
            value={chooseOutput ? settings.audioOutputDeviceId : null}
            onChange={(audioOutputDeviceId) => save({ audioOutputDeviceId })}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          data-testid="mic-check"
          aria-pressed={listening}
          onClick={() => {
            setListening(!listening);
            devices.refresh();
          }}
        >
          {listening ? 'Stop checking' : 'Check microphone'}
        </button>
        <meter
          className="mic-meter"
          data-testid="mic-level"
          aria-label="Microphone level"
          min={0}
          max={1}
          low={0.05}
          high={0.9}
          optimum={0.4}
          value={level.state === 'live' ? level.level : 0}
        />
        <button
          type="button"
          className="button"
          data-testid="test-tone"
          aria-disabled={tone.playing ? 'true' : undefined}
          onClick={() => void (tone.playing ? undefined : testTone())}
        >
          {tone.playing ? 'Playing…' : 'Play test tone'}
        </button>
      </div>
      {level.state === 'live' && (
        <p className="muted" role="status">
          Speak: the bar should move with your voice.
        </p>
      )}
      <ErrorText message={level.state === 'problem' ? level.message : null} />
      <ErrorText message={tone.problem} />
      <ErrorText message={action.error} />
    </div>
  );
}

interface DeviceSelectProps {
  id: string;
  testId: string;
  choices: AudioDeviceChoice[];
  value: string | null;
  onChange: (deviceId: string | null) => void;
}

function DeviceSelect({ id, testId, choices, value, onChange }: DeviceSelectProps) {
  const known = value === null || choices.some((choice) => choice.deviceId === value);
  return (
    <select
      id={id}
      className="text-input"
      data-testid={testId}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">System default</option>
      {choices
        .filter((choice) => choice.deviceId !== 'default')
        .map((choice) => (
          <option key={choice.deviceId} value={choice.deviceId}>
            {choice.label}
          </option>
        ))}
      {!known && <option value={value}>A device that is not connected now</option>}
    </select>
  );
}
