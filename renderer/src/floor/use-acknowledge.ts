import { useState } from 'react';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';

/**
 * Acknowledging an alert or answering an escalation (`detail`: the answer): the item leaves the
 * list with the next floor push; until then its buttons wait, and a refusal is shown next to it.
 */
export function useAcknowledge<Detail = void>(
  send: (api: DialdeckApi, id: string, detail: Detail) => Promise<Result<null>>,
) {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const acknowledge = (id: string, detail: Detail) => {
    setPending((current) => new Set(current).add(id));
    send(getBridge(), id, detail).then(
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
