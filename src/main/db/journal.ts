/**
 * The journal handle every service receives: Kysely as a typed query *builder*, executed
 * synchronously on better-sqlite3 through a prepared-statement cache.
 *
 * Why not Kysely's async driver: better-sqlite3 is synchronous, and a synchronous transaction
 * (better-sqlite3's `transaction`) cannot interleave with another call, so "every write is one
 * transaction" holds by construction; it also keeps each dispatch close to the raw statement's
 * cost (see bench/).
 */
import type Database from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type InferResult,
} from 'kysely';
import type { JournalCheck } from '../../shared/api/data';
import type { DB } from './tables';

export type Clock = () => Date;

const builder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const STATEMENT_CACHE_LIMIT = 500;

/** A parameter's stand-in while a query shape is compiled (see Journal.shaped). */
const MARK = '\u0000carnet-param:';

/** A compiled query shape: its SQL, and for each parameter either a named input or a constant. */
interface Shape {
  sql: string;
  slots: ({ input: string } | { value: unknown })[];
}

export class Journal {
  /** The query builder shared by every journal (it holds no connection). */
  static readonly builder: Kysely<DB> = builder;
  /** Build queries with this; run them with all / first / run. */
  readonly q: Kysely<DB> = builder;
  private readonly statements = new Map<string, Database.Statement>();
  private static readonly shapes = new Map<string, Shape>();
  /** The full check of the file after opening (see db/check.ts); set by checkInBackground. */
  check: JournalCheck = { state: 'not_checked', message: null, checkedAt: null };

  constructor(
    readonly sqlite: Database.Database,
    readonly path: string,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The current instant as a UTC ISO string (injectable for tests). */
  now(): string {
    return this.clock().toISOString();
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      stmt = this.sqlite.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  all<Q extends Compilable<unknown>>(query: Q): InferResult<Q> {
    const compiled = query.compile();
    return this.statement(compiled.sql).all(...(compiled.parameters as unknown[])) as InferResult<Q>;
  }

  first<Q extends Compilable<unknown>>(query: Q): InferResult<Q>[number] | undefined {
    const compiled = query.compile();
    return this.statement(compiled.sql).get(...(compiled.parameters as unknown[])) as InferResult<Q>[number] | undefined;
  }

  /**
   * Like `all(build(input))`, but the query is built and compiled once per *shape* and then only
   * bound: `params` names the inputs that are plain values bound as parameters (they are
   * replaced by stand-ins while the shape is compiled, so the builder must pass them through
   * untouched); every other input decides the shape (which filters, which order) and is part of
   * its key with `name`. Building and compiling a Kysely query costs more than running a small
   * indexed SELECT; a read called on every screen should not pay it each time. (fixedQuery in
   * db/fixed-query.ts does the same for a query of one shape, built outside a service.)
   */
  shaped<I extends object, Q extends Compilable<unknown>>(name: string, input: I, params: readonly (keyof I & string)[], build: (input: I) => Q): InferResult<Q> {
    const values = input as Record<string, unknown>;
    const shapeInput: Record<string, unknown> = {};
    const key: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue;
      if ((params as readonly string[]).includes(k)) {
        if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${name}: the parameter ${k} is not a plain value`);
        shapeInput[k] = MARK + k;
        key[k] = typeof v;
      } else {
        shapeInput[k] = v;
        key[k] = v;
      }
    }
    const id = `${name} ${JSON.stringify(key)}`;
    let shape = Journal.shapes.get(id);
    if (!shape) {
      const compiled = build(shapeInput as I).compile();
      if (compiled.sql.includes(MARK)) throw new Error(`${name}: a parameter was written into the SQL text`);
      const slots = compiled.parameters.map((p) => {
        if (typeof p === 'string' && p.startsWith(MARK) && shapeInput[p.slice(MARK.length)] === p) return { input: p.slice(MARK.length) };
        if (typeof p === 'string' && p.includes(MARK)) throw new Error(`${name}: a parameter was changed while the query was built`);
        return { value: p };
      });
      shape = { sql: compiled.sql, slots };
      if (Journal.shapes.size >= STATEMENT_CACHE_LIMIT) Journal.shapes.clear();
      Journal.shapes.set(id, shape);
    }
    const bound = shape.slots.map((s) => ('input' in s ? values[s.input] : s.value));
    return this.statement(shape.sql).all(...bound) as InferResult<Q>;
  }

  /** A list of ids as one parameter, for `IN (SELECT value FROM json_each(?))`: one query shape for any number of ids. */
  static ids(ids: Iterable<number>): string {
    return JSON.stringify([...ids]);
  }

  run(query: Compilable<unknown>): Database.RunResult {
    const compiled = query.compile();
    return this.statement(compiled.sql).run(...(compiled.parameters as unknown[]));
  }

  /** Insert and return the new row id. */
  insert(query: Compilable<unknown>): number {
    return Number(this.run(query).lastInsertRowid);
  }

  /**
   * Runs fn in one transaction (a savepoint when nested); any throw rolls everything back.
   * BEGIN IMMEDIATE: the write lock is taken at the start, so the busy timeout applies. A deferred
   * transaction reads first and then fails at once with "database is locked" when another
   * connection committed in between.
   */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  close(): void {
    this.statements.clear();
    if (this.sqlite.open) this.sqlite.close();
  }
}
