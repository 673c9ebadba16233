import { useState } from 'react';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';

/**
 * Acknowledging an alert or an escalation: the item leaves the list with the next floor push;
 * until then its button waits, and a refusal is shown next to it.
 */
export function useAcknowledge(send: (api: DialdeckApi, id: string) => Promise<Result<null>>) {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const acknowledge = (id: string) => {
    setPending((current) => new Set(current).add(id));
    send(getBridge(), id).then(
      (result) => finish(id, result.ok ? null : result.error.message),
      (error: Error) => finish(id, error.message),
    );
  };
  const finish = (id: string, error: string | null) => {
    setPending((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });
    setErrors((current) => {
      const { [id]: _gone, ...rest } = current;
      return error === null ? rest : { ...rest, [id]: error };
    });
  };
  return { acknowledge, pending, errors };
}
