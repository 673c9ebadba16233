/** The rep's power-dial session; the text of each name is what the UI shows in `call-state`. */
export type SessionStateName =
  'idle' | 'preview' | 'dialing' | 'ringing' | 'connected' | 'wrap-up' | 'paused';

export const PAUSE_CODES = ['break', 'meeting', 'training', 'admin', 'other'] as const;
export type PauseCode = (typeof PAUSE_CODES)[number];
