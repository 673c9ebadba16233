import type { z } from 'zod';
import {
  isMethodName,
  METHOD_NAMES,
  type MethodArgs,
  type MethodName,
  type MethodResult,
} from '../../../../shared/ipc/contract';
import { argumentSchemas, describeValidationError } from '../../../../shared/ipc/validators';
import { DomainError, fail, ok, type Result } from '../../../../shared/result';
import type { Logger } from '../log/logger';

export type Handler<M extends MethodName> = (
  ...args: MethodArgs<M>
) => MethodResult<M> | Promise<MethodResult<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** Merges per-domain handler groups; a method claimed twice is a programming error. */
export function combineHandlers(...groups: Array<Partial<Handlers>>): Partial<Handlers> {
  const combined: Partial<Handlers> = {};
  for (const group of groups) {
    for (const method of Object.keys(group) as MethodName[]) {
      if (Object.hasOwn(combined, method)) throw new Error(`Two handlers for ${method}`);
      Object.assign(combined, { [method]: group[method] });
    }
  }
  return combined;
}

export interface Dispatcher {
  /** Everything from a renderer arrives as unknown and is checked before a handler runs. */
  dispatch(method: unknown, args: unknown): Promise<Result<unknown>>;
}

export function createDispatcher(handlers: Partial<Handlers>, log: Logger): Dispatcher {
  const missing = METHOD_NAMES.filter((method) => !Object.hasOwn(handlers, method));
  if (missing.length > 0) throw new Error(`No handler for: ${missing.join(', ')}`);

  return {
    async dispatch(method, args) {
      if (!isMethodName(method)) {
        return fail('invalid-argument', `Unknown request ${JSON.stringify(method)}.`);
      }
      const schema = argumentSchemas[method] as z.ZodType<unknown[]>;
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        return fail('invalid-argument', describeValidationError(method, parsed.error));
      }
      const handler = handlers[method] as (...a: unknown[]) => unknown;
      try {
        return ok(await handler(...parsed.data));
      } catch (error) {
        if (error instanceof DomainError) return fail(error.code, error.message);
        log.error('request failed', { method, error: String((error as Error)?.stack ?? error) });
        const message = (error as Error)?.message ?? String(error);
        return fail('internal', `Dialdeck could not complete ${method}: ${message}`);
      }
    },
  };
}
