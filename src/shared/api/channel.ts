import type { z } from 'zod';
import type { Result } from '../result';

/**
 * One channel of the contract: the zod schema its input must pass, and (as a type only) what
 * it answers. The output is a phantom: it costs nothing at run time.
 */
export interface ChannelDef<I extends z.ZodType, O> {
  readonly input: I;
  readonly __output?: O;
  /**
   * The service answers later (a promise): decoding a photo takes a moment and must not hold
   * the journal. Only the asynchronous door (createAsyncDispatch: IPC and the web harness) runs it.
   */
  readonly answeredLater?: true;
}

/** `channel<Trip>()(schema)`: curried so the output type is written and the input inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });

/** The same for a channel whose service answers a promise. */
export const laterChannel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> & { readonly answeredLater: true } => ({ input, answeredLater: true });

/** What a service of this channel returns: the output, or a promise of it for a later channel. */
export type ServiceOutputOfDef<D> = D extends { readonly answeredLater: true } ? Promise<OutputOfDef<D>> : OutputOfDef<D>;

export type AnyChannelDef = ChannelDef<z.ZodType, unknown>;

export type InputOfDef<D> = D extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedOfDef<D> = D extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOfDef<D> = D extends ChannelDef<z.ZodType, infer O> ? O : never;

/** A client function: input optional when the schema accepts undefined. */
export type ClientFn<D> = undefined extends InputOfDef<D>
  ? (input?: InputOfDef<D>) => Promise<Result<OutputOfDef<D>>>
  : (input: InputOfDef<D>) => Promise<Result<OutputOfDef<D>>>;
