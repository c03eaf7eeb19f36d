/**
 * The renderer's only door to the journal: `window.carnet`, one function per channel.
 * `request` unwraps a Result into a value or a typed ApiError the screens can show.
 */
import type { Channel, InputOf, OutputOf } from '../../shared/api';
import type { CarnetError, FieldIssue, Result } from '../../shared/result';

export class ApiError extends Error {
  readonly code: CarnetError['code'];
  readonly issues: FieldIssue[];
  constructor(error: CarnetError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export async function request<C extends Channel>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<OutputOf<C>> {
  const fn = window.carnet[channel] as unknown as (input: unknown) => Promise<Result<OutputOf<C>>>;
  let result: Result<OutputOf<C>>;
  try {
    result = await fn(input[0]);
  } catch {
    throw new ApiError({ code: 'internal', message: 'Carnet could not reach its journal. Try again; if it keeps failing, restart the app.' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
