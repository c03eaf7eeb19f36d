import { DateTime } from 'luxon';
import { z } from 'zod';
import { channel } from './channel';
import { instant } from './fields';
import type { AttemptResult, StepReached } from './attempts';

/** Carnet reminds when each planned window opens, and one hour before it closes. */
export const REMINDER_KINDS = ['opens', 'closing'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
/** How long before the window closes the second reminder comes. */
export const CLOSING_REMINDER_MS = 60 * 60 * 1000;
/** The longest span `reminders.upcoming` answers for at once. */
export const MAX_REMINDER_RANGE_DAYS = 400;
/** The span answered when `to` is not given. */
export const DEFAULT_REMINDER_RANGE_DAYS = 14;

/** One person who may apply for the day: the user (companionId null) or an adult companion. */
export interface PlannedApplicant {
  companionId: number | null;
  /** 'You' for the user. */
  name: string;
  /** The latest lottery attempt recorded for this person and day, if any. */
  attemptId: number | null;
  stepReached: StepReached | null;
  result: AttemptResult | null;
  /** Registered, or a result already known: nothing left to remind this person of. */
  done: boolean;
}

export interface ReminderInstant {
  kind: ReminderKind;
  /** UTC ISO instant. */
  at: string;
}

/**
 * A lottery window somebody still has to apply in: a day of a trip (the user and each adult
 * companion may apply) or a lottery attempt that is not registered yet.
 */
export interface PlannedWindow {
  /** Stable key: the appointment day. */
  appointmentDay: string;
  /** The Paris day to apply on. */
  applyOn: string;
  /** ISO instants with the Paris offset of that day. */
  opensAt: string;
  closesAt: string;
  /** Trips that cover the day (usually one). */
  trips: { id: number; title: string }[];
  applicants: PlannedApplicant[];
  /** Opening, then one hour before closing. */
  reminders: ReminderInstant[];
}

const rangeOk = (r: { from?: string | undefined; to?: string | undefined } | undefined): boolean => {
  if (!r?.from || !r.to) return true;
  return r.to >= r.from;
};

const rangeNotTooLong = (r: { from?: string | undefined; to?: string | undefined } | undefined): boolean => {
  if (!r?.from || !r.to) return true;
  return DateTime.fromISO(r.to).diff(DateTime.fromISO(r.from), 'days').days <= MAX_REMINDER_RANGE_DAYS;
};

export const remindersUpcoming = z
  .strictObject({
    /** Windows still open at or after this instant (default: now). */
    from: instant.optional(),
    /** …and opening at or before this one (default: from + 14 days). */
    to: instant.optional(),
  })
  .refine(rangeOk, { error: 'The end of the range must be on or after its start.', path: ['to'] })
  .refine(rangeNotTooLong, { error: `Ask for at most ${MAX_REMINDER_RANGE_DAYS} days of reminders at once.`, path: ['to'] })
  .optional();

export const remindersContract = {
  'reminders.upcoming': channel<PlannedWindow[]>()(remindersUpcoming),
};
