/**
 * A record's scalar fields and its table's columns are the same names in two spellings
 * (`hotelName` ↔ `hotel_name`): mapped here once, for every record, so a new column is a
 * migration, a line in tables.ts and a field in the contract — no service edit. Updates pass
 * the fields given: Kysely drops `undefined` values from `set()` and `values()`, so a field left
 * out of an update keeps its value without a hand-written `x ?? current.x` fallback.
 */

/** 'hotel_name' → 'hotelName' */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
/** 'hotelName' → 'hotel_name' */
export type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}` : S;

/** A table row as record fields; the columns named in `Flags` (0/1) read as booleans. */
export type FieldsOf<Row, Flags extends keyof Row = never> = { [K in keyof Row & string as CamelCase<K>]: K extends Flags ? boolean : Row[K] };
/** A boolean is stored as a 0/1 flag. */
type Stored<V> = V extends boolean ? 0 | 1 : V;
/** Record fields as a row's columns. */
export type ColumnsOf<Fields> = { [K in keyof Fields & string as SnakeCase<K>]: Stored<Fields[K]> };

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A row read from the journal, with its fields named as the contract names them; `flags` (0/1 columns) read as booleans. */
export function fromRow<Row extends object, Flags extends keyof Row & string = never>(row: Row, flags: readonly Flags[] = []): FieldsOf<Row, Flags> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) out[camel(column)] = (flags as readonly string[]).includes(column) ? value === 1 : value;
  return out as FieldsOf<Row, Flags>;
}

/** A contract's fields as columns for `values()` or `set()`; a boolean is stored 0/1; `undefined` stays undefined (left out). */
export function toRow<Fields extends object>(fields: Fields): ColumnsOf<Fields> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) out[snake(field)] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  return out as ColumnsOf<Fields>;
}

/**
 * Fields for `values()` of an insert: as toRow, with empty (null) fields left out too — a column
 * left out is NULL by default, and a journal opened with fewer migrations (an export of an older
 * Carnet being read) has no column for a field added since.
 */
export function toNewRow<Fields extends object>(fields: Fields): ColumnsOf<Fields> {
  return toRow(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as Fields);
}

/**
 * A record as an update would leave it: `current` with every field the update gives (a field
 * left out — undefined — keeps its value; null clears it). For the rules that look at the whole
 * record after the change (a value needs its currency, a day its order).
 */
export function withChanges<T extends object>(current: T, changes: { [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...current };
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && k in current) (next as Record<string, unknown>)[k] = v;
  return next;
}
