/**
 * The instant an event happens, in milliseconds: for handlers (a click), never for rendering
 * (a screen that shows the time reads it with useNow, pages/appointments/time.ts, so rendering
 * stays a pure function of state).
 */
export function eventTime(): number {
  return Date.now();
}
