/**
 * When the lottery's steps can have happened: inside the window they belong to. The form is
 * accepted while the window is open (10:30–19:00 Paris on the day of applying); the confirmation
 * e-mail, its link and the "registered" notice follow within minutes, so they are allowed a little
 * after the closing time. Anything else is a step recorded for the wrong day (a step ticked on
 * 2 December for a window of 28 November, one ticked months ahead), and is refused with a sentence.
 *
 * Pure: luxon only; used by the service (the rule) and by the tracker (to know when "now" is a
 * time the step could have happened, and otherwise to ask).
 */
import { DateTime } from 'luxon';
import type { LotteryStep } from '../api/attempts';
import { PARIS_ZONE, type BookableWindow } from './lottery';

/**
 * Carnet's allowance after the window closes for the steps that follow the form (the e-mail can
 * arrive, and its link be clicked, a little after 19:00). Carnet's own tolerance, not a reported rule.
 */
export const STEP_LATE_MINUTES = 60;

/** The first and last instants (ms) at which `step` can have happened in `window`. */
export function stepSpan(step: LotteryStep, window: BookableWindow): { from: number; to: number } {
  const from = Date.parse(window.opensAt);
  const closes = Date.parse(window.closesAt);
  return { from, to: step === 'form_accepted' ? closes : closes + STEP_LATE_MINUTES * 60_000 };
}

/** True when `atMs` is a time at which `step` can have happened. */
export function stepFits(step: LotteryStep, window: BookableWindow, atMs: number): boolean {
  const { from, to } = stepSpan(step, window);
  return atMs >= from && atMs <= to;
}

const paris = (ms: number) => DateTime.fromMillis(ms, { zone: PARIS_ZONE, locale: 'en-GB' });
const humanDay = (day: string) => DateTime.fromISO(day, { zone: PARIS_ZONE, locale: 'en-GB' }).toFormat('ccc d LLL');

/**
 * Why `atMs` cannot be the time of `step`, or null. `label` names the step as the tracker does
 * (“Form accepted”).
 */
export function stepTimeProblem(step: LotteryStep, label: string, window: BookableWindow, atMs: number): string | null {
  if (stepFits(step, window, atMs)) return null;
  const when = paris(atMs).toFormat('ccc d LLL, HH:mm');
  const later = step === 'form_accepted' ? '' : `, or up to ${STEP_LATE_MINUTES} minutes after it closes`;
  return `${label} at ${when} Paris is outside the window for ${humanDay(window.appointmentDay)}: it was open ${humanDay(window.applyOn)}, ${hours(window)} Paris${later}. Enter the time it happened.`;
}

/** Minutes a step may lie ahead of the journal's clock (a phone and a computer a little apart). */
export const STEP_CLOCK_SLACK_MINUTES = 5;

/** Why a step time after now cannot be recorded, or null. */
export function stepFutureProblem(label: string, atMs: number, nowMs: number): string | null {
  if (atMs <= nowMs + STEP_CLOCK_SLACK_MINUTES * 60_000) return null;
  return `${label} at ${paris(atMs).toFormat('ccc d LLL, HH:mm')} Paris has not happened yet: tick each step when it happens.`;
}

/** Why "now" cannot stand for the time of `step`: the window is not open (asked back by the tracker). */
export function stepNeedsTime(label: string, window: BookableWindow): string {
  return `${label} needs the time it happened: the window for ${humanDay(window.appointmentDay)} is open ${humanDay(window.applyOn)}, ${hours(window)} Paris, not now.`;
}

const hours = (window: BookableWindow): string =>
  `${paris(Date.parse(window.opensAt)).toFormat('HH:mm')}–${paris(Date.parse(window.closesAt)).toFormat('HH:mm')}`;
