/** Calendar days relative to today, in the user's own zone ('in 11 days', '3 weeks ago'). */
import { DateTime } from 'luxon';

/** Today as 'YYYY-MM-DD' in the system zone. */
export const todayDay = (): string => DateTime.local().toISODate()!;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

export function relativeDay(day: string, today: string = todayDay()): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  const abs = Math.abs(n);
  const [count, unit] =
    abs < 14 ? [abs, 'day'] : abs < 61 ? [Math.round(abs / 7), 'week'] : abs < 548 ? [Math.round(abs / 30.44), 'month'] : [Math.round(abs / 365.25), 'year'];
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return n > 0 ? `in ${phrase}` : `${phrase} ago`;
}

/** "3 weeks ago · Tue 10 Nov" (the year only when it is not this year's). */
export function relativeWithDay(day: string, today: string = todayDay()): string {
  const d = DateTime.fromISO(day);
  const sameYear = d.year === DateTime.fromISO(today).year;
  return `${relativeDay(day, today)} · ${d.toFormat(sameYear ? 'ccc d LLL' : 'ccc d LLL yyyy')}`;
}
