/** The reads a trip page needs, each kept separate so a section can load (or fail) on its own. */
import { useMemo } from 'react';
import type { Trip } from '../../../../shared/api/trips';
import { useChannel } from '../../lib/query';
import { useRules } from '../../lib/rules';
import { calendarOf } from '../appointments/Planner';
import { lotteryApplies, windowsOf } from './trip-model';

const ALL = 1000;

export function useTripData(id: number) {
  const trip = useChannel('trips.get', { id });
  const boutiques = useChannel('boutiques.list');
  const settings = useChannel('settings.get');
  const overrides = useChannel('calendarOverrides.list');
  const attempts = useChannel('attempts.list', { tripId: id, limit: ALL });
  const purchases = useChannel('purchases.list', { tripId: id, sort: 'day_asc', limit: ALL });
  const totals = useChannel('purchases.totals', { groupBy: 'boutique', tripId: id });
  const range = trip.data ? { from: trip.data.startDay, to: trip.data.endDay } : { from: '2000-01-01', to: '2000-01-01' };
  const enabled = { enabled: trip.data !== undefined };
  // Receipts dated during the stay, linked or not: an unlinked one is offered to be linked.
  const duringStay = useChannel('purchases.list', { ...range, sort: 'day_asc', limit: ALL }, enabled);
  const interactions = useChannel('interactions.list', { ...range, limit: ALL }, enabled);
  const contacts = useChannel('contacts.list', { limit: ALL });
  const offers = useChannel('offers.list', { limit: ALL });
  return { trip, boutiques, settings, overrides, attempts, purchases, totals, duringStay, interactions, contacts, offers };
}

export type TripData = ReturnType<typeof useTripData>;

/** The lottery windows of the stay (null when the Paris lottery does not apply or the calendar is loading). */
export function useTripWindows(trip: Trip | undefined, data: Pick<TripData, 'overrides' | 'boutiques'>) {
  const overrides = data.overrides.data;
  const { windowHours } = useRules();
  const applies = trip ? lotteryApplies(trip, data.boutiques.data) : false;
  return useMemo(() => {
    if (!trip || !overrides || !applies) return { windows: null, error: null, applies };
    return { ...windowsOf(trip, calendarOf(overrides, windowHours)), applies };
  }, [trip, overrides, applies, windowHours]);
}
