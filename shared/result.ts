/** Errors cross every boundary (IPC, bridge, CLI) as values a person can act on. */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'conflict'
  | 'illegal-transition'
  | 'forbidden'
  | 'unavailable'
  | 'storage-failed'
  /** The person called it off (e.g. an import cancelled midway); nothing was changed. */
  | 'canceled'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

/** Thrown inside the core; turned into a failed Result at the boundary. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
