import { sql, type Expression, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { ChannelDef, ParsedOfDef, ServiceOutputOfDef } from '../../shared/api/channel';
import { DomainError, notFound } from '../../shared/result';
import type { RecordTable } from '../../shared/domain/records';
import type { Journal } from '../db/journal';

/** The services of one domain, one per channel of its contract, typed from that contract. */
export type DomainHandlers<C extends Record<string, ChannelDef<z.ZodType, unknown>>> = {
  [K in keyof C]: (journal: Journal, input: ParsedOfDef<C[K]>) => ServiceOutputOfDef<C[K]>;
};

export const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);
/** A yes / no / not-known mark as stored: 1, 0 or NULL. */
export const nullableFlag = (b: boolean | null): 0 | 1 | null => (b === null ? null : flag(b));

/** Records a channel may name (their tables, from the record-kind registry). */
type LinkedTable = RecordTable;

function exists(journal: Journal, table: LinkedTable, rowId: number): boolean {
  return journal.shaped('exists', { table, rowId }, ['rowId'], (a) => journal.q.selectFrom(a.table).select('id').where('id', '=', a.rowId)).length > 0;
}

/** The record a channel acts on must exist: otherwise `not_found`. */
export function requireRecord(journal: Journal, table: LinkedTable, rowId: number, label: string): void {
  if (!exists(journal, table, rowId)) throw notFound(label, rowId);
}

/**
 * A record named by an input field must exist: otherwise `invalid_input` on that field, so a
 * form can show it beside the field.
 */
export function requireLink(journal: Journal, table: LinkedTable, rowId: number | null | undefined, label: string, path: (string | number)[]): void {
  if (rowId == null || exists(journal, table, rowId)) return;
  const message = `${label} ${rowId} does not exist (it may have been deleted).`;
  throw new DomainError('invalid_input', message, [{ path, message }]);
}

/** Counts rows pointing at a record; used to refuse deletes with a message naming them. */
export function countWhere(
  journal: Journal,
  table: 'purchases' | 'appointment_attempts' | 'special_orders' | 'contacts' | 'trip_boutiques' | 'offers',
  column: string,
  value: number,
): number {
  const row = journal.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(value) as { n: number };
  return row.n;
}

/** "3 purchases and 1 special order" from counts; empty when nothing points at the record. */
export function describeLinks(parts: [number, string, string][]): string {
  const named = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}


/** Case-insensitive "contains" over several text columns (LIKE, with the query's % and _ escaped). */
export function containsAny(columns: string[], query: string): Expression<SqlBool> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const parts = columns.map((c) => sql<SqlBool>`${sql.ref(c)} LIKE ${pattern} ESCAPE '\\'`);
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}
