/** The Voice SDK's call-quality warnings, in the words the call panel shows. */
const WARNING_WORDS: Record<string, string> = {
  'high-rtt': 'Delay on the line: the other side may hear you late',
  'low-mos': 'Poor call quality',
  'high-jitter': 'Choppy audio',
  'high-packet-loss': 'Audio is breaking up',
  'high-packets-lost-fraction': 'Audio is breaking up: packets are lost',
  'low-bytes-received': 'No sound is coming from the other side',
  'low-bytes-sent': 'Your voice is not getting through',
  'ice-connectivity-lost': 'The connection dropped: trying to recover',
  'constant-audio-input-level': 'Your microphone sounds silent: is it muted or unplugged?',
};

export const RECONNECTING_WARNING = 'Reconnecting to Twilio…';

export function qualityWarningWords(name: string): string {
  return WARNING_WORDS[name] ?? `Line warning: ${name}`;
}
