/** From the contract's events to FullCalendar's, and the small day / zone arithmetic the screen needs. */
import type { EventInput } from '@fullcalendar/core';
import { DateTime } from 'luxon';
import type { CalendarEvent, CalendarKind } from '../../../../shared/api/calendar';

export const PARIS = 'Europe/Paris';

/** 'America/New_York' → 'New York'. */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

export const plusDays = (day: string, n: number): string => DateTime.fromISO(day, { zone: 'utc' }).plus({ days: n }).toISODate()!;

export const todayIn = (zone: string): string => DateTime.now().setZone(zone).toISODate()!;

/** The calendar day an instant falls on in a zone. */
export const dayOf = (date: Date | string, zone: string): string =>
  (typeof date === 'string' ? DateTime.fromISO(date) : DateTime.fromJSDate(date)).setZone(zone).toISODate()!;

export const timeIn = (instant: string, zone: string): string => DateTime.fromISO(instant).setZone(zone).toFormat('HH:mm');

/** 'Mon 7 Dec 2026' */
export const longDay = (day: string): string => DateTime.fromISO(day).toFormat('cccc d LLLL yyyy');

/** "7–9 Dec", "30 Nov – 2 Dec" */
export function shortRange(from: string, to: string): string {
  const a = DateTime.fromISO(from);
  const b = DateTime.fromISO(to);
  if (from === to) return a.toFormat('ccc d LLL');
  if (a.month === b.month && a.year === b.year) return `${a.toFormat('d')}–${b.toFormat('d LLL')}`;
  return `${a.toFormat('d LLL')} – ${b.toFormat('d LLL')}`;
}

/** Whether the event shows on `day` (in the zone the calendar is shown in). */
export function isOnDay(e: CalendarEvent, day: string, zone: string): boolean {
  if (e.allDay) return e.start <= day && day <= e.end;
  const startDay = dayOf(e.start, zone);
  // An event ending exactly at midnight does not spill onto the next day.
  const endDay = dayOf(DateTime.fromISO(e.end).minus({ milliseconds: 1 }).toISO()!, zone);
  return startDay <= day && day <= endDay;
}

/** "10:30–19:00 Paris · 04:30–13:00 New York", or the days for an all-day event. */
export function whenText(e: CalendarEvent, displayZone: string, homeZone: string): string {
  if (e.allDay) return e.start === e.end ? longDay(e.start) : `${longDay(e.start)} to ${longDay(e.end)}`;
  const span = (zone: string) => `${timeIn(e.start, zone)}–${timeIn(e.end, zone)}`;
  const own = e.zone ?? displayZone;
  const parts = [`${span(own)} ${zoneCity(own)} time`];
  for (const zone of [displayZone, homeZone]) {
    if (zone !== own && !parts.some((p) => p.includes(zoneCity(zone)))) parts.push(`${span(zone)} ${zoneCity(zone)}`);
  }
  return parts.join(' · ');
}

export const linkOf = (e: CalendarEvent): string => `#/${e.link.screen}/${e.link.id}`;

/** An order's expected arrival range (special orders come "between September and December"). */
export const isExpectedRange = (e: CalendarEvent): boolean => e.id.startsWith('order-expected:');

/**
 * A range longer than this is drawn as two markers, on its first and last day: a bar across
 * four months would fill every week of the grid and push the days' own events under "+ more".
 * The day panel still lists the range on every day inside it.
 */
export const LONG_RANGE_DAYS = 31;

/** Which events a full month cell keeps in sight, first to last (the rest go under "+ more"). */
const KIND_RANK: ReadonlyMap<CalendarKind, number> = new Map(
  (['trip', 'appointment', 'lottery', 'walk_in', 'special_order', 'purchase', 'follow_up', 'reminder'] as const satisfies readonly CalendarKind[]).map((k, i) => [k, i]),
);

const daysBetween = (a: string, b: string) => Math.round(DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days);

/** Display priority: trips first, then granted appointments, windows…; closed attempts and expected ranges last. */
export const rankOf = (e: CalendarEvent): number => (isExpectedRange(e) ? 100 : e.muted ? 90 : KIND_RANK.get(e.kind)!);

function base(e: CalendarEvent): EventInput {
  const range = isExpectedRange(e);
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    // FullCalendar's all-day end is exclusive; the contract's is the last day, included.
    end: e.allDay ? plusDays(e.end, 1) : e.end,
    allDay: e.allDay,
    url: linkOf(e),
    // Only a trip's days can be changed by dragging (its edges, or the whole span).
    startEditable: e.kind === 'trip',
    durationEditable: e.kind === 'trip',
    classNames: ['cal-event', `cal-event--${e.kind}`, ...(e.muted ? ['cal-event--muted'] : []), ...(range ? ['cal-event--range'] : [])],
    extendedProps: { event: e, rank: rankOf(e) },
  };
}

/** The FullCalendar events for one contract event (two markers for a long expected range). */
export function toInputs(e: CalendarEvent): EventInput[] {
  if (!isExpectedRange(e) || daysBetween(e.start, e.end) < LONG_RANGE_DAYS) return [base(e)];
  const name = e.shortTitle.replace(/ expected$/, '');
  const marker = (day: string, edge: 'from' | 'to', label: string): EventInput => ({
    ...base(e),
    id: `${e.id}:${edge}`,
    start: day,
    end: plusDays(day, 1),
    classNames: ['cal-event', `cal-event--${e.kind}`, 'cal-event--range-edge'],
    extendedProps: { event: e, rank: 100, label },
  });
  return [marker(e.start, 'from', `${name} expected from`), marker(e.end, 'to', `${name} expected by`)];
}
