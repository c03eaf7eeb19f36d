/**
 * The order of a special order's steps: offered → placed → waiting → arrived → accepted |
 * rejected, with cancelled possible after any step that is not final. Pure: used by the
 * service to refuse a step, and by the screen to offer only the steps that can come next.
 */
import { DateTime } from 'luxon';

export const SPECIAL_ORDER_STATUSES = ['offered', 'placed', 'waiting', 'arrived', 'accepted', 'rejected', 'cancelled'] as const;
export type SpecialOrderStatus = (typeof SPECIAL_ORDER_STATUSES)[number];

/** Steps recorded as plain events. Accepting or rejecting is a decision (specialOrders.decide). */
export const STEP_STATUSES = ['offered', 'placed', 'waiting', 'arrived', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const DECISIONS = ['accepted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export const FINAL_STATUSES: readonly SpecialOrderStatus[] = ['accepted', 'rejected', 'cancelled'];

export const STATUS_LABELS: Record<SpecialOrderStatus, string> = {
  offered: 'Offered',
  placed: 'Placed',
  waiting: 'Waiting',
  arrived: 'Arrived',
  accepted: 'Accepted',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

/** A history may start when the order was offered, or (for an order entered later) when it was placed. */
const FIRST: readonly SpecialOrderStatus[] = ['offered', 'placed'];

/**
 * What may follow each step. "Waiting" may be skipped (placed → arrived): it is implied by
 * "placed", and many users only note the day the bag arrives. It may also repeat: each piece of
 * news while waiting ("the atelier confirmed", "the leather is chosen") is a step of its own.
 */
const NEXT: Record<SpecialOrderStatus, readonly SpecialOrderStatus[]> = {
  offered: ['placed', 'cancelled'],
  placed: ['waiting', 'arrived', 'cancelled'],
  waiting: ['waiting', 'arrived', 'cancelled'],
  arrived: ['accepted', 'rejected', 'cancelled'],
  accepted: [],
  rejected: [],
  cancelled: [],
};

export const isFinal = (status: SpecialOrderStatus): boolean => FINAL_STATUSES.includes(status);

/** The steps that may come after `previous` (null: the first step of a history). */
export function nextStatuses(previous: SpecialOrderStatus | null): readonly SpecialOrderStatus[] {
  return previous === null ? FIRST : NEXT[previous];
}

const orList = (labels: string[]): string =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;

/** Why `next` cannot follow `previous`, as a sentence; null when it can. */
export function transitionProblem(previous: SpecialOrderStatus | null, next: SpecialOrderStatus): string | null {
  if (nextStatuses(previous).includes(next)) return null;
  const label = STATUS_LABELS[next] as string | undefined;
  // A status no Carnet writes (an edited file): say so, rather than "not undefined".
  if (label === undefined) return `"${String(next)}" is not a step of a special order: the steps are ${orList(Object.values(STATUS_LABELS))}.`;
  if (previous === null) return `A history starts with Offered or Placed, not ${label}.`;
  const prev = STATUS_LABELS[previous];
  if (isFinal(previous)) return `${prev} is final: nothing can follow it.`;
  return `${label} cannot follow ${prev}; after ${prev} comes ${orList(NEXT[previous].map((s) => STATUS_LABELS[s]))}.`;
}

/** Why a step dated `day` cannot follow one dated `previousDay` (days never go backwards). */
export function dayProblem(
  previous: { status: SpecialOrderStatus; day: string },
  next: { status: SpecialOrderStatus; day: string },
): string | null {
  if (next.day >= previous.day) return null;
  return `${STATUS_LABELS[next.status]} on ${next.day} is before ${STATUS_LABELS[previous.status]} on ${previous.day}; a step cannot be dated before the one it follows.`;
}

/** 'Mon 15 Jun 2026' for a 'YYYY-MM-DD' day, as the forms show days. */
const humanDay = (day: string): string => DateTime.fromISO(day, { zone: 'utc' }).toFormat('ccc d LLL yyyy', { locale: 'en-GB' });

/**
 * The latest day that has begun somewhere on Earth (UTC+14) at `instant`: a step the boutique
 * dated in its own zone, ahead of the user's, is not refused; anything later has not happened.
 */
export function latestDayBegun(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone('UTC+14').toISODate()!;
}

/** Why a step dated after `latestDay` cannot be recorded (a step records what happened). */
export function futureProblem(step: { status: SpecialOrderStatus; day: string }, latestDay: string): string | null {
  if (step.day <= latestDay) return null;
  return `${STATUS_LABELS[step.status]} on ${humanDay(step.day)} has not happened yet: record each step on the day it happens.`;
}

export interface HistoryProblem {
  /** Index of the offending step in the history. */
  index: number;
  field: 'status' | 'day';
  message: string;
}

/** The first problem in a whole history (in order), or null when every step may follow the one before. */
export function historyProblem(steps: readonly { status: SpecialOrderStatus; day: string }[], latestDay?: string): HistoryProblem | null {
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const future = latestDay ? futureProblem(step, latestDay) : null;
    if (future) return { index, field: 'day', message: future };
    const previous = index > 0 ? steps[index - 1]! : null;
    const status = transitionProblem(previous?.status ?? null, step.status);
    if (status) return { index, field: 'status', message: status };
    const day = previous ? dayProblem(previous, step) : null;
    if (day) return { index, field: 'day', message: day };
  }
  return null;
}
