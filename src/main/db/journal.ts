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

export class Journal {
  /** The query builder shared by every journal (it holds no connection). */
  static readonly builder: Kysely<DB> = builder;
  /** Build queries with this; run them with all / first / run. */
  readonly q: Kysely<DB> = builder;
  private readonly statements = new Map<string, Database.Statement>();
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
