import type { SessionStateName } from '../../../shared/domain/session';

/** How the lead on screen relates to the session, as the card's caption. */
export function leadRole(state: SessionStateName, hasOffer: boolean): string {
  if (!hasOffer) return 'Next lead';
  switch (state) {
    case 'preview':
      return 'Previewing';
    case 'dialing':
    case 'ringing':
      return 'Calling';
    case 'connected':
      return 'On the line';
    case 'wrap-up':
      return 'Wrapping up';
    case 'paused':
      return 'Awaiting outcome';
    case 'idle':
      return 'Next lead';
  }
}
