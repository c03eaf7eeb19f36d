import { DateTime } from 'luxon';
import { ArrowLeft, BedDouble, Luggage, Pencil, Plus, Trash2, Users } from 'lucide-react';
import { useState } from 'react';
import type { Trip } from '../../../../shared/api/trips';
import { DecisionNotes } from '../../components/DecisionNotes';
import { ConfirmDialog } from '../../components/Dialog';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { daysIn, formatDayRange } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { TripForm } from './TripForm';

export function TripsPage({ route }: { route: string[] }) {
  const id = route[0] ? Number(route[0]) : null;
  return id ? <TripDetail id={id} /> : <TripList />;
}

function today(): string {
  return DateTime.local().toISODate()!;
}

function TripList() {
  const trips = useChannel('trips.list');
  const [creating, setCreating] = useState(false);
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
        onClose={() => setCreating(false)}
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

function TripDetail({ id }: { id: number }) {
  const trip = useChannel('trips.get', { id });
  const boutiques = useChannel('boutiques.list');
  const remove = useWrite('trips.delete');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (trip.isPending) return <LoadingState label="Loading the trip…" />;
  if (trip.error) {
    return (
      <div className="page">
        <a className="back-link" href={href('/trips')}>
          <ArrowLeft size={16} aria-hidden /> All trips
        </a>
        <ErrorState message={trip.error.message} />
      </div>
    );
  }
  const t = trip.data;
  const boutiqueName = (bid: number) => boutiques.data?.find((b) => b.id === bid)?.name ?? `Boutique ${bid}`;

  return (
    <div className="page">
      <a className="back-link" href={href('/trips')}>
        <ArrowLeft size={16} aria-hidden /> All trips
      </a>
      <PageHeader
        title={t.title}
        subtitle={`${t.city} · ${formatDayRange(t.startDay, t.endDay)} · ${t.timeZone.replace(/_/g, ' ')}`}
        actions={
          <>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="detail-grid">
        <section className="card">
          <h2 className="card-title">Stay</h2>
          <dl className="facts">
            <dt>Days</dt>
            <dd>{daysIn(t.startDay, t.endDay)}</dd>
            <dt>Hotel</dt>
            <dd>{t.hotelName ?? <span className="muted">Not set</span>}</dd>
            <dt>Concierge</dt>
            <dd>{t.hotelConcierge ?? <span className="muted">Not set</span>}</dd>
          </dl>
        </section>
        <section className="card">
          <h2 className="card-title">Travelling</h2>
          <ul className="plain-list">
            <li>You</li>
            {t.companions.map((c) => (
              <li key={c.id}>
                {c.name} {c.adult ? <span className="chip chip--small">adult · can apply</span> : <span className="chip chip--small chip--muted">minor</span>}
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2 className="card-title">Boutiques to visit</h2>
          {t.boutiqueIds.length === 0 ? (
            <p className="muted">None chosen yet.</p>
          ) : (
            <ul className="plain-list">
              {t.boutiqueIds.map((b) => (
                <li key={b}>{boutiqueName(b)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="card span-all">
          <h2 className="card-title">Wishlist</h2>
          {t.wishlist.length === 0 ? (
            <p className="muted">Nothing on the wishlist. Edit the trip to add the bags you hope for.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Priority</th>
                  <th scope="col">Model</th>
                  <th scope="col">Size</th>
                  <th scope="col">Leather</th>
                  <th scope="col">Colour</th>
                  <th scope="col">Hardware</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {t.wishlist.map((w) => (
                  <tr key={w.id}>
                    <td>{w.priority}</td>
                    <td>{w.model}</td>
                    <td>{w.size ?? '—'}</td>
                    <td>{w.leather ?? '—'}</td>
                    <td>{w.colour ?? '—'}</td>
                    <td>{w.hardware ?? '—'}</td>
                    <td>
                      <span className={`status status--${w.status}`}>{w.status}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {t.notes && (
          <section className="card span-all">
            <h2 className="card-title">Notes</h2>
            <p className="prose">{t.notes}</p>
          </section>
        )}
        <section className="card span-all">
          <DecisionNotes subjectType="trip" subjectId={t.id} subjectLabel={t.title} />
        </section>
      </div>
      <TripForm open={editing} trip={t} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <ConfirmDialog
        open={deleting}
        title="Delete this trip?"
        message={
          <p>
            <strong>{t.title}</strong> and its companions, boutiques and wishlist will be deleted. Purchases and appointment attempts of the trip are
            never deleted with it.
          </p>
        }
        confirmLabel="Delete trip"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={() => {
          remove.reset();
          setDeleting(false);
        }}
        onConfirm={() =>
          remove.mutate(
            { id: t.id },
            {
              onSuccess: () => {
                setDeleting(false);
                navigate('/trips');
              },
            },
          )
        }
      />
    </div>
  );
}
