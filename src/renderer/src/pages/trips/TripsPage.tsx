import { DateTime } from 'luxon';
import { BedDouble, Luggage, Plus, Users } from 'lucide-react';
import { useState } from 'react';
import type { Trip } from '../../../../shared/api/trips';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { daysIn, formatDayRange } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { TripDetail } from './TripDetail';
import { TripForm } from './TripForm';
import { TripSheet } from './TripSheet';

export function TripsPage({ route }: { route: string[] }) {
  const id = route[0] ? Number(route[0]) : null;
  if (id && route[1] === 'sheet') return <TripSheet key={id} id={id} />;
  // '#/trips/new' (File › New Trip) opens the list with the new-trip form.
  return id ? <TripDetail key={id} id={id} /> : <TripList creatingFromRoute={route[0] === 'new'} />;
}

function today(): string {
  return DateTime.local().toISODate()!;
}

function TripList({ creatingFromRoute }: { creatingFromRoute: boolean }) {
  const trips = useChannel('trips.list');
  const [creatingHere, setCreating] = useState(false);
  const creating = creatingHere || creatingFromRoute;
  const now = today();
  const current = trips.data?.filter((t) => t.endDay >= now).reverse() ?? [];
  const past = trips.data?.filter((t) => t.endDay < now) ?? [];

  return (
    <div className="page">
      <PageHeader
        title="Trips"
        subtitle="Each stay with its hotel, companions, boutiques and wishlist."
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> New trip
          </button>
        }
      />
      {trips.isPending && <LoadingState label="Loading trips…" />}
      {trips.error && <ErrorState message={trips.error.message} onRetry={() => void trips.refetch()} />}
      {trips.data && trips.data.length === 0 && (
        <EmptyState
          icon={Luggage}
          title="No trips yet"
          action={
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> Plan your first trip
            </button>
          }
        >
          Add a trip to see its lottery windows, plan walk-ins and keep what happened in one place.
        </EmptyState>
      )}
      {current.length > 0 && <TripGroup title="Upcoming and current" trips={current} />}
      {past.length > 0 && <TripGroup title="Past trips" trips={past} />}
      <TripForm
        open={creating}
        onClose={() => {
          setCreating(false);
          if (creatingFromRoute) navigate('/trips');
        }}
        onSaved={(trip) => {
          setCreating(false);
          navigate(`/trips/${trip.id}`);
        }}
      />
    </div>
  );
}

function TripGroup({ title, trips }: { title: string; trips: Trip[] }) {
  return (
    <section className="group" aria-label={title}>
      <h2 className="group-title">{title}</h2>
      <ul className="card-list">
        {trips.map((t) => (
          <li key={t.id}>
            <a className="card card--link trip-card" href={href(`/trips/${t.id}`)}>
              <div className="trip-card-main">
                <span className="trip-card-title">{t.title}</span>
                <span className="muted">
                  {t.city} · {formatDayRange(t.startDay, t.endDay)} · {daysIn(t.startDay, t.endDay)} days
                </span>
              </div>
              <div className="trip-card-meta">
                {t.hotelName && (
                  <span className="chip">
                    <BedDouble size={14} aria-hidden /> {t.hotelName}
                  </span>
                )}
                {t.companions.length > 0 && (
                  <span className="chip">
                    <Users size={14} aria-hidden /> {t.companions.length + 1} travelling
                  </span>
                )}
                {t.wishlist.length > 0 && <span className="chip">{t.wishlist.length} on the wishlist</span>}
              </div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
