import { z } from 'zod';
import { epochDay } from '../domain/days';
import type { RecordScreen } from '../domain/records';
import { channel } from './channel';
import { day, timeZone } from './fields';

/**
 * What the calendar shows. Lottery windows are derived from the trips' days and the boutique
 * calendar (src/shared/domain/lottery.ts), never stored.
 */
export const CALENDAR_KINDS = [
  'trip',
  'lottery',
  'appointment',
  'walk_in',
  'visit',
  'purchase',
  'follow_up',
  'special_order',
  'reminder',
] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export const CALENDAR_KIND_LABELS: Record<CalendarKind, string> = {
  trip: 'Trips',
  lottery: 'Lottery windows',
  appointment: 'Appointments',
  walk_in: 'Walk-in plans',
  visit: 'Store visits',
  purchase: 'Purchases',
  follow_up: 'SA follow-ups',
  special_order: 'Special orders',
  reminder: 'Note reminders',
};


export interface CalendarEvent {
  /** Stable across reads: 'trip:12', 'lottery:12:2026-12-07', 'attempt:7', 'order-event:9'… */
  id: string;
  kind: CalendarKind;
  title: string;
  /** The same, shorter, for a narrow month cell: 'for Mon 7', 'FSH', 'Request George V'. */
  shortTitle: string;
  /** A second line: where, who, what state. */
  detail: string | null;
  /**
   * All-day events: the first day, 'YYYY-MM-DD'. Timed events: a UTC instant
   * ('2026-12-05T09:30:00.000Z').
   */
  start: string;
  /** All-day events: the last day, included. Timed events: the UTC instant it ends. */
  end: string;
  allDay: boolean;
  /**
   * The zone the event's wall-clock belongs to: 'Europe/Paris' for the lottery, Paris
   * appointments and Paris trips; a trip's or boutique's own zone elsewhere; null when the
   * event is not tied to a place (a follow-up, a note reminder, a special-order milestone).
   */
  zone: string | null;
  /** An attempt that was not granted or was cancelled: shown, but quietly. */
  muted: boolean;
  /** The record it opens. */
  link: { screen: RecordScreen; id: number };
}

/** Longest range one read may cover (a year view plus its edges). */
export const MAX_CALENDAR_DAYS = 400;

const spanDays = (from: string, to: string) =>
  epochDay(to) - epochDay(from) + 1;

export const calendarRange = z
  .strictObject({
    /** First day shown, included. */
    from: day,
    /** Last day shown, included. */
    to: day,
    /** Only these kinds; every kind when absent. */
    kinds: z
      .array(
        z.enum(CALENDAR_KINDS, {
          error: `Choose kinds among ${CALENDAR_KINDS.join(', ')}.`,
        }),
        { error: 'Kinds is a list of event kinds.' },
      )
      .max(CALENDAR_KINDS.length * 2, { error: 'List each kind once.' })
      .optional(),
    /**
     * The zone in which `from` and `to` are read for timed events (the zone the calendar is
     * shown in): a Paris window at 10:30–19:00 falls on a different local day in Tokyo.
     * All-day events are days and do not move. Europe/Paris when absent.
     */
    zone: timeZone.optional(),
  })
  .refine((r) => r.to >= r.from, { error: 'The end of the range must be on or after its start.', path: ['to'] })
  .refine((r) => r.to < r.from || spanDays(r.from, r.to) <= MAX_CALENDAR_DAYS, {
    error: `A calendar range covers at most ${MAX_CALENDAR_DAYS} days.`,
    path: ['to'],
  });

export type CalendarRangeInput = z.input<typeof calendarRange>;

export const calendarContract = {
  'calendar.range': channel<CalendarEvent[]>()(calendarRange),
};
