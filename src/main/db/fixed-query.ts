/**
 * Queries whose shape never changes, compiled by Kysely once instead of on every call.
 *
 * `fixedQuery((q, p) => q.selectFrom('trips').selectAll().where('id', '=', p.id))` builds the
 * query once with marker values, keeps the SQL text, and answers each call with that SQL and
 * the real values put where the markers were. Only scalar parameters: a list (`in`) changes
 * the SQL's shape and must be built per call.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { Journal } from './journal';
import type { DB } from './tables';

const MARK = '\u0000carnet-param:';

type Params = Record<string, string | number | null>;

export interface FixedQuery<P extends Params, O> {
  (params: P): Compilable<O>;
}

export function fixedQuery<P extends Params, O>(build: (q: Kysely<DB>, p: P) => Compilable<O>): FixedQuery<P, O> {
  let compiled: CompiledQuery<O> | undefined;
  let slots: (string | null)[] = [];
  const markers = new Proxy({} as P, { get: (_t, name) => `${MARK}${String(name)}` });
  return (params: P) => ({
    compile(): CompiledQuery<O> {
      if (!compiled) {
        compiled = build(Journal.builder, markers).compile();
        slots = compiled.parameters.map((v) => (typeof v === 'string' && v.startsWith(MARK) ? v.slice(MARK.length) : null));
      }
      const parameters = compiled.parameters.map((fixed, i) => {
        const name = slots[i];
        return name === null || name === undefined ? fixed : params[name];
      });
      return { ...compiled, parameters };
    },
  });
}
