/**
 * Test data builders: a record as the contract returns it, its fields' defaults taken from the
 * contract's own create schema, so a new field with a default needs no edit here or in any test
 * (only a new required field does, here, once).
 */
import { tripCreate, type Trip } from '../../src/shared/api/trips';

const STAMP = '2026-11-01T00:00:00.000Z';

/** A trip as `trips.get` answers it: the create channel's defaults, then `over`. */
export function trip(over: Partial<Trip> & Pick<Trip, 'startDay' | 'endDay'>): Trip {
  const parsed = tripCreate.parse({ title: over.title ?? 'Paris', city: over.city ?? 'Paris', startDay: over.startDay, endDay: over.endDay });
  return {
    id: 1,
    ...parsed,
    companions: parsed.companions.map((c, i) => ({ id: i + 1, ...c })),
    wishlist: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}
