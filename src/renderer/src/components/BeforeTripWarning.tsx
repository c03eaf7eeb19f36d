/**
 * "The window opens Fri 4 Dec, before the trip starts": a lottery window that opens before the first day
 * of the stay, so the user must already be in France (the form is used from inside France). One
 * sentence, shown wherever a trip's windows are (dashboard, planner, trip page).
 */
import { AlertTriangle } from 'lucide-react';
import { DateTime } from 'luxon';
import type { BookableWindow } from '../../../shared/domain/lottery';
import './before-trip-warning.css';

/** True when the window opens on a day before the trip's first day. */
export const opensBeforeTrip = (window: Pick<BookableWindow, 'applyOn'>, tripStartDay: string): boolean => window.applyOn < tripStartDay;

const day = (d: string) => DateTime.fromISO(d, { locale: 'en-GB' }).toFormat('ccc d LLL');

export function BeforeTripWarning({ window, tripStartDay, className }: { window: Pick<BookableWindow, 'applyOn'>; tripStartDay: string; className?: string }) {
  if (!opensBeforeTrip(window, tripStartDay)) return null;
  return (
    <p className={`before-trip${className ? ` ${className}` : ''}`} role="note">
      <AlertTriangle size={14} aria-hidden />
      <span>
        The window opens {day(window.applyOn)}, before the trip starts ({day(tripStartDay)}): you must already be in France to apply.
      </span>
    </p>
  );
}
