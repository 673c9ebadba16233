import { useCallback, useState } from 'react';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';
import type { SessionIntent } from '../hotkeys/command-action';

export type SessionCall = (api: DialdeckApi) => Promise<Result<SessionSnapshot>>;

export interface SessionIntents {
  /** Sends one request; resolves with the session after it, or null when it was refused. */
  send(call: SessionCall): Promise<SessionSnapshot | null>;
  perform(intent: SessionIntent): Promise<SessionSnapshot | null>;
  /** Why the last request was refused, until the next one succeeds. */
  refusal: string | null;
}

/** The rep's requests to the session, with the reason the last one was refused. */
export function useSessionIntents(): SessionIntents {
  const [refusal, setRefusal] = useState<string | null>(null);

  const send = useCallback(async (call: SessionCall) => {
    let result: Result<SessionSnapshot>;
    try {
      result = await call(getBridge());
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: (error as Error).message } };
    }
    setRefusal(result.ok ? null : result.error.message);
    return result.ok ? result.value : null;
  }, []);

  const perform = useCallback(
    async (intent: SessionIntent) => {
      switch (intent.name) {
        case 'dial':
          return send((api) => api.session.dial());
        case 'hangup':
          return send((api) => api.session.hangup());
        case 'confirm':
          return send((api) => api.session.confirm());
        case 'hangup-then-confirm': {
          const after = await send((api) => api.session.hangup());
          // Only a call that is now in its wrap-up has an outcome to confirm.
          return after?.state === 'wrap-up' ? send((api) => api.session.confirm()) : after;
        }
        case 'selectOutcome':
          return send((api) => api.session.selectOutcome(intent.code));
        case 'setMuted':
          return send((api) => api.session.setMuted(intent.muted));
        case 'resume':
          return send((api) => api.session.resume());
        case 'undo':
          return send((api) => api.session.undo());
      }
    },
    [send],
  );

  return { send, perform, refusal };
}
