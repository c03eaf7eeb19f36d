/** Clocks and time words of the lottery screens: Paris beside the user's own zone, live countdowns. */
import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { PARIS_ZONE } from '../../../../shared/domain/lottery';

/** The current instant (ms), re-read every `intervalMs`: the live statuses tick with it. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** 'New York' from 'America/New_York'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** 'America/New_York' → 'America / New York'. */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ').replace(/\//g, ' / ');
}

/** The zone's short name at an instant ('EST', 'CET', or 'GMT+9' where no abbreviation is in use). */
export function zoneAbbreviation(zone: string, iso: string): string {
  // en-US names American zones (EST), en-GB European ones (CET); elsewhere both say 'GMT+9'.
  const us = DateTime.fromISO(iso, { zone, locale: 'en-US' }).toFormat('ZZZZ');
  if (!us.startsWith('GMT')) return us;
  const gb = DateTime.fromISO(iso, { zone, locale: 'en-GB' }).toFormat('ZZZZ');
  return gb.startsWith('GMT') && gb !== 'GMT' ? us : gb;
}

export const isParis = (zone: string): boolean => zone === PARIS_ZONE;

/** 'Sat 5 Dec' */
export const shortDay = (day: string): string => DateTime.fromISO(day, { locale: 'en-GB' }).toFormat('ccc d LLL');

/** 'HH:mm' of an instant in a zone. */
export const clock = (iso: string, zone: string): string => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');

/** 'Sat 5 Dec, 14:30' of an instant in a zone. */
export const dayAndClock = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone, locale: 'en-GB' }).toFormat('ccc d LLL, HH:mm');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown people read at a glance: '2 d 4 h', '4 h 10 min 05 s', '12 min 05 s', '8 s'.
 * Seconds only within the last day, where they matter.
 */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return `${hours} h ${pad(minutes)} min ${pad(seconds)} s`;
  if (minutes > 0) return `${minutes} min ${pad(seconds)} s`;
  return `${seconds} s`;
}

/** A Paris wall-clock time on a Paris day, as a UTC instant. */
export function parisInstant(day: string, time: string): string | null {
  const dt = DateTime.fromISO(`${day}T${time}`, { zone: PARIS_ZONE });
  return dt.isValid ? dt.toUTC().toISO() : null;
}
