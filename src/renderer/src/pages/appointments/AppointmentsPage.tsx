/**
 * Appointments: the lottery planner per trip ('#/appointments', '#/appointments/plan/3'), every
 * attempt ('#/appointments/list', '#/appointments/12') and the statistics ('#/appointments/stats').
 */
import { DateTime } from 'luxon';
import { CalendarClock, ChevronRight, Luggage, Users } from 'lucide-react';
import type { Trip } from '../../../../shared/api/trips';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { daysIn, formatDayRange } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import '../../styles/appointments.css';
import { AppointmentTabs } from './AppointmentTabs';
import { AttemptDetail } from './AttemptDetail';
import { AttemptList } from './AttemptList';
import { Planner } from './Planner';
import { Statistics } from './Statistics';

export function AppointmentsPage({ route }: { route: string[] }) {
  const [first, second] = route;
  if (first === 'plan' && second && /^\d+$/.test(second)) return <Planner key={second} tripId={Number(second)} />;
  if (first === 'list') return <AttemptList />;
  if (first === 'stats') return <Statistics />;
  if (first && /^\d+$/.test(first)) return <AttemptDetail key={first} id={Number(first)} />;
  return <TripPicker />;
}

function TripPicker() {
  const trips = useChannel('trips.list');
  const attempts = useChannel('attempts.list', { method: 'lottery', limit: 1000 });
  const today = DateTime.local().toISODate()!;
  const upcoming = trips.data?.filter((t) => t.endDay >= today).sort((a, b) => a.startDay.localeCompare(b.startDay)) ?? [];
  const past = trips.data?.filter((t) => t.endDay < today) ?? [];
  const countFor = (tripId: number) => attempts.data?.filter((a) => a.tripId === tripId).length ?? 0;

  return (
    <div className="page">
      <PageHeader title="Appointments" subtitle="When to apply to the Paris lottery for each day of a trip, what you tried, and what came of it." />
      <AppointmentTabs current="planner" />
      {trips.isPending && <LoadingState label="Loading trips…" />}
      {trips.error && <ErrorState message={trips.error.message} onRetry={() => void trips.refetch()} />}
      {trips.data && trips.data.length === 0 && (
        <EmptyState
          icon={Luggage}
          title="No trip to plan yet"
          action={
            <a className="button button--primary" href={href('/trips')}>
              <Luggage size={16} aria-hidden /> Add a trip
            </a>
          }
        >
          Add your Paris trip first: its days give the lottery windows to apply in, for you and each adult travelling with you.
        </EmptyState>
      )}
      {upcoming.length > 0 && <TripChoices title="Plan the lottery for" trips={upcoming} countFor={countFor} />}
      {past.length > 0 && <TripChoices title="Past trips" trips={past} countFor={countFor} />}
    </div>
  );
}

function TripChoices({ title, trips, countFor }: { title: string; trips: Trip[]; countFor: (id: number) => number }) {
  return (
    <section className="group" aria-label={title}>
      <h2 className="group-title">{title}</h2>
      <ul className="card-list">
        {trips.map((t) => {
          const adults = 1 + t.companions.filter((c) => c.adult).length;
          const n = countFor(t.id);
          return (
            <li key={t.id}>
              <a className="card card--link trip-card" href={href(`/appointments/plan/${t.id}`)} aria-label={`Plan the lottery: ${t.title}`}>
                <div className="trip-card-main">
                  <span className="trip-card-title">{t.title}</span>
                  <span className="muted">
                    {t.city} · {formatDayRange(t.startDay, t.endDay)} · {daysIn(t.startDay, t.endDay)} days
                  </span>
                </div>
                <div className="trip-card-meta">
                  <span className="chip">
                    <Users size={14} aria-hidden /> {adults} may apply
                  </span>
                  <span className="chip">
                    <CalendarClock size={14} aria-hidden /> {n === 0 ? 'no lottery attempts yet' : `${n} lottery attempt${n === 1 ? '' : 's'}`}
                  </span>
                  <ChevronRight size={18} aria-hidden className="muted" />
                </div>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
