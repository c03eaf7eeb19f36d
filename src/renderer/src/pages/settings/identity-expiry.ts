/**
 * When a passport or ID card needs attention: already expired, or expiring less than six months
 * after the last day of an upcoming trip the person travels on (many countries and airlines ask
 * for six months of validity beyond the stay). Pure, so the screen and its tests agree.
 */
import { DateTime } from 'luxon';

export interface ExpiryTrip {
  id: number;
  title: string;
  startDay: string;
  endDay: string;
  companions: { name: string }[];
}

export type ExpiryFlag = { kind: 'expired' } | { kind: 'near-trip'; trip: ExpiryTrip; validUntil: string } | null;

/** Months of validity asked beyond the last day of a stay. */
export const VALIDITY_MONTHS = 6;

const samePerson = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * `person` null is the user, who is on every trip; a companion counts only on the trips that
 * name them. The earliest such trip is the one reported.
 */
export function expiryFlag(expiresOn: string | null, person: string | null, trips: ExpiryTrip[], today: string): ExpiryFlag {
  if (!expiresOn) return null;
  if (expiresOn < today) return { kind: 'expired' };
  const theirs = trips
    .filter((t) => t.endDay >= today)
    .filter((t) => person === null || t.companions.some((c) => samePerson(c.name, person)))
    .sort((a, b) => a.startDay.localeCompare(b.startDay) || a.id - b.id);
  for (const trip of theirs) {
    const validUntil = DateTime.fromISO(trip.endDay).plus({ months: VALIDITY_MONTHS }).toISODate();
    if (validUntil && expiresOn < validUntil) return { kind: 'near-trip', trip, validUntil };
  }
  return null;
}
