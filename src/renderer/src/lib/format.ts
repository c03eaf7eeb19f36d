import { DateTime } from 'luxon';

/** 'Sat 5 Dec 2026' */
export function formatDay(day: string, withYear = true): string {
  const d = DateTime.fromISO(day);
  return d.isValid ? d.toFormat(withYear ? 'ccc d LLL yyyy' : 'ccc d LLL') : day;
}

/** '5–9 Dec 2026', '28 Nov – 2 Dec 2026', '30 Dec 2026 – 3 Jan 2027' */
export function formatDayRange(start: string, end: string): string {
  const a = DateTime.fromISO(start);
  const b = DateTime.fromISO(end);
  if (!a.isValid || !b.isValid) return `${start} – ${end}`;
  if (start === end) return a.toFormat('ccc d LLL yyyy');
  if (a.year !== b.year) return `${a.toFormat('d LLL yyyy')} – ${b.toFormat('d LLL yyyy')}`;
  if (a.month !== b.month) return `${a.toFormat('d LLL')} – ${b.toFormat('d LLL yyyy')}`;
  return `${a.toFormat('d')}–${b.toFormat('d LLL yyyy')}`;
}

/** Inclusive count of days in a range. */
export function daysIn(start: string, end: string): number {
  return Math.round(DateTime.fromISO(end).diff(DateTime.fromISO(start), 'days').days) + 1;
}

/** Money from integer minor units, in the currency's own (ISO 4217) digits: the money module's. */
export { formatMoney } from '../../../shared/domain/money';

export const timeZones: string[] = Intl.supportedValuesOf('timeZone');

export const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A reference rule's check month, '2026-12' → 'Dec 2026' ('long': 'December 2026'). */
export function formatMonth(ym: string, style: 'short' | 'long' = 'short'): string {
  const d = new Date(`${ym}-01T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? ym : d.toLocaleDateString('en-GB', { month: style, year: 'numeric', timeZone: 'UTC' });
}
