/**
 * The contract's field rules, applied to the rows of an imported file: a column whose name is a
 * field of the record's create channel (title → trips.create's `title`, price_minor →
 * purchases.create's items' `priceMinor`) is checked with that field's own schema — its length,
 * its range, its format, its words — so a file cannot bring in what the forms refuse (a
 * 10,000-character title, an empty one, 5 MB of notes, an offer at 29:59). One source: the
 * contract; this file only says which channel speaks for which table.
 *
 * Values stored differently from how the form sends them are left to the column rules: a flag
 * stored as 0/1 is read as false/true; lists and objects stored as JSON text are not re-checked
 * here.
 */
import type { z } from 'zod';
import { contract, type Channel } from '../../shared/api';

/** Which create channel's input describes a table's rows ('items' of purchases.create for its lines). */
const TABLE_INPUTS: Record<string, { channel: Channel; within?: string }> = {
  trips: { channel: 'trips.create' },
  contacts: { channel: 'contacts.create' },
  interactions: { channel: 'interactions.create' },
  purchases: { channel: 'purchases.create' },
  purchase_items: { channel: 'purchases.create', within: 'items' },
  appointment_attempts: { channel: 'attempts.create' },
  offers: { channel: 'offers.create' },
  special_orders: { channel: 'specialOrders.create' },
  decision_notes: { channel: 'notes.create' },
  boutiques: { channel: 'boutiques.create' },
  visits: { channel: 'visits.create' },
  gifts: { channel: 'gifts.create' },
  wishlist_items: { channel: 'wishlist.create' },
  collection_items: { channel: 'collection.create' },
  detaxe_forms: { channel: 'detaxe.create' },
  price_entries: { channel: 'prices.create' },
};

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** The object shape inside a schema (through pipes, defaults, optionals, arrays' elements when asked). */
function shapeOf(schema: AnySchema | undefined, element = false): Record<string, AnySchema> | null {
  let s: AnySchema | null = schema ?? null;
  for (let i = 0; i < 12 && s; i++) {
    const d = s._zod.def;
    if (d.type === 'object') return d['shape'] as Record<string, AnySchema>;
    if (element && d.type === 'array') {
      s = d['element'] as AnySchema;
      continue;
    }
    s = (d['in'] ?? d['innerType'] ?? null) as AnySchema | null;
  }
  return null;
}

/** The base type of a field, through optional / nullable / default / pipe wrappers. */
function baseType(schema: AnySchema): string {
  let s: AnySchema | null = schema;
  for (let i = 0; i < 12 && s; i++) {
    const d: AnySchema['_zod']['def'] = s._zod.def;
    if (!['optional', 'nullable', 'default', 'prefault', 'pipe', 'transform', 'catch', 'readonly', 'nonoptional'].includes(d.type)) return d.type;
    s = (d['in'] ?? d['innerType'] ?? null) as AnySchema | null;
  }
  return 'unknown';
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const shapes = new Map<string, Record<string, AnySchema> | null>();
function tableShape(table: string): Record<string, AnySchema> | null {
  if (shapes.has(table)) return shapes.get(table)!;
  const spec = TABLE_INPUTS[table];
  let shape: Record<string, AnySchema> | null = null;
  if (spec) {
    const input = (contract as unknown as Record<string, { input: AnySchema }>)[spec.channel]?.input;
    shape = shapeOf(input);
    if (shape && spec.within) shape = shapeOf(shape[spec.within], true);
  }
  shapes.set(table, shape);
  return shape;
}

export interface ContractIssue {
  column: string;
  message: string;
}

/** The contract's complaints about one row of `table`, one per column (empty: the row is as a form would write it). */
export function contractIssues(table: string, row: Record<string, unknown>): ContractIssue[] {
  const shape = tableShape(table);
  if (!shape) return [];
  const out: ContractIssue[] = [];
  for (const [column, stored] of Object.entries(row)) {
    if (column === 'id' || stored === null || stored === undefined) continue;
    const field = shape[camel(column)];
    if (!field) continue;
    const type = baseType(field);
    let value: unknown = stored;
    if (type === 'boolean' && (stored === 0 || stored === 1)) value = stored === 1;
    else if ((type === 'array' || type === 'object' || type === 'record') && typeof stored === 'string') continue;
    const result = field.safeParse(value);
    if (!result.success) out.push({ column, message: result.error.issues[0]?.message ?? 'is not valid' });
  }
  return out;
}
