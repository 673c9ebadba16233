import { useCallback, useEffect, useState } from 'react';

export interface AudioDeviceChoice {
  deviceId: string;
  label: string;
}

export interface AudioDevices {
  inputs: AudioDeviceChoice[];
  outputs: AudioDeviceChoice[];
  /** Names are hidden until the microphone is allowed once. */
  named: boolean;
  refresh: () => void;
}

/** The computer's microphones and speakers, kept current as devices come and go. */
export function useAudioDevices(): AudioDevices {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const refresh = useCallback(() => {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    navigator.mediaDevices.enumerateDevices().then(setDevices, () => setDevices([]));
  }, []);
  useEffect(() => {
    refresh();
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', refresh);
  }, [refresh]);
  const choices = (kind: MediaDeviceKind, noun: string) =>
    devices
      .filter((device) => device.kind === kind && device.deviceId !== '')
      .map((device, index) => ({
        deviceId: device.deviceId,
        label: device.label || `${noun} ${index + 1}`,
      }));
  return {
    inputs: choices('audioinput', 'Microphone'),
    outputs: choices('audiooutput', 'Speaker'),
    named: devices.some((device) => device.label !== ''),
    refresh,
  };
}

/** Whether this window can route audio to a chosen speaker (HTMLMediaElement.setSinkId). */
export function canChooseOutput(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}
