import type { Result } from '../../../shared/result';

/** For calls whose failure the screen shows as an error banner. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
