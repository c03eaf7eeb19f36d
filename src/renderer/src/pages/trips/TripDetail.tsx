/**
 * One trip, everything of it in one place: the stay and who travels, day by day what happened
 * (lottery, appointments, purchases), the wishlist ticked as it goes, money spent, people met,
 * offers made, and the notes. The planner acts on the lottery; this page sums it up.
 */
import { ArrowLeft, CalendarClock, Pencil, Printer, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Trip } from '../../../../shared/api/trips';
import { DecisionNotes } from '../../components/DecisionNotes';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Attachments } from '../../components/attachments/Attachments';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { daysIn, formatDayRange, formatMoney } from '../../lib/format';
import { todayDay } from '../../lib/relative-day';
import { href, navigate } from '../../lib/router';
import { zoneLabel } from '../appointments/time';
import { addressOf } from './boutique-info';
import { DayStrip } from './DayStrip';
import { TripForm } from './TripForm';
import { ContactsMet, TripOffers } from './TripPeople';
import { TripPurchases } from './TripPurchases';
import { byContact, isGrantedAttempt, offersDuring, totalsByCurrency, tripPhase } from './trip-model';
import { useTripData, useTripWindows, type TripData } from './use-trip-data';
import { TripSendToPhone } from './SendToPhone';
import { WishlistCard } from './WishlistCard';
import { VisitsCard } from '../visits/VisitsCard';
import '../../styles/trips.css';

export function TripDetail({ id }: { id: number }) {
  const data = useTripData(id);
  const { trip } = data;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (trip.isPending) return <LoadingState label="Loading the trip…" />;
  if (trip.error) {
    return (
      <div className="page">
        <a className="back-link" href={href('/trips')}>
          <ArrowLeft size={16} aria-hidden /> All trips
        </a>
        <ErrorState message={trip.error.message} onRetry={() => void trip.refetch()} />
      </div>
    );
  }
  const t = trip.data;
  const phase = tripPhase(t.startDay, t.endDay, todayDay());

  return (
    <div className="page tp">
      <a className="back-link" href={href('/trips')}>
        <ArrowLeft size={16} aria-hidden /> All trips
      </a>
      <PageHeader
        title={t.title}
        subtitle={
          <>
            <span className={`tp-phase tp-phase--${phase.kind}`}>{phase.label}</span>
            <span>
              {t.city} · {formatDayRange(t.startDay, t.endDay)} · {daysIn(t.startDay, t.endDay)} days
            </span>
          </>
        }
        actions={
          <>
            <a className="button" href={href(`/trips/${t.id}/sheet`)}>
              <Printer size={16} aria-hidden /> Trip sheet
            </a>
            <a className="button" href={href(`/appointments/plan/${t.id}`)}>
              <CalendarClock size={16} aria-hidden /> Lottery planner
            </a>
            <TripSendToPhone trip={t} data={data} />
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />

      <KeyFacts trip={t} data={data} />
      <div className="tp-top">
        <StayCard trip={t} />
        <TravellingCard trip={t} />
        <BoutiquesCard trip={t} data={data} onEdit={() => setEditing(true)} />
      </div>

      <DayStrip trip={t} data={data} />
      <WishlistCard trip={t} onEdit={() => setEditing(true)} />
      <TripPurchases trip={t} data={data} />
      <VisitsCard tripId={t.id} initial={{ day: t.startDay }} title="Store visits during the trip" />
      <div className="tp-pair">
        <ContactsMet trip={t} data={data} />
        <TripOffers trip={t} data={data} />
      </div>
      <section className="card tp-section" aria-labelledby="tp-notes-title">
        <header className="tp-section-header">
          <h2 className="card-title" id="tp-notes-title">
            Trip notes
          </h2>
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            <Pencil size={14} aria-hidden /> {t.notes ? 'Edit notes' : 'Write notes'}
          </button>
        </header>
        {t.notes ? (
          <p className="prose">{t.notes}</p>
        ) : (
          <p className="tp-empty">No notes for this trip yet: write down plans, walk-in ideas and what to ask the SA. They are printed on the trip sheet.</p>
        )}
      </section>
      <div className="span-all">
        <Attachments recordKind="trip" recordId={t.id} title="Photos and travel documents" />
      </div>
      <section className="card span-all">
        <DecisionNotes subjectType="trip" subjectId={t.id} subjectLabel={t.title} />
      </section>

      <TripForm open={editing} trip={t} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <DeleteRecordDialog
        open={deleting}
        channel="trips.delete"
        kind="trip"
        id={t.id}
        label={t.title}
        title="Delete this trip?"
        message={
          <p>
            <strong>{t.title}</strong> goes to the Trash with its companions, boutiques, wishlist and decision notes. Purchases and appointment attempts of the
            trip are never deleted with it.
          </p>
        }
        confirmLabel="Delete trip"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          navigate('/trips');
        }}
      />
    </div>
  );
}

function StayCard({ trip: t }: { trip: Trip }) {
  return (
    <section className="card" aria-labelledby="tp-stay-title">
      <h2 className="card-title" id="tp-stay-title">
        Stay
      </h2>
      <dl className="facts">
        <dt>Hotel</dt>
        <dd>{t.hotelName ?? <span className="muted">Not set</span>}</dd>
        <dt>Concierge</dt>
        <dd>{t.hotelConcierge ?? <span className="muted">Not set</span>}</dd>
        <dt>Time zone</dt>
        <dd>{zoneLabel(t.timeZone)}</dd>
      </dl>
    </section>
  );
}

function TravellingCard({ trip: t }: { trip: Trip }) {
  return (
    <section className="card" aria-labelledby="tp-travelling-title">
      <h2 className="card-title" id="tp-travelling-title">
        Travelling
      </h2>
      <ul className="plain-list">
        <li>You</li>
        {t.companions.map((c) => (
          <li key={c.id}>
            {c.name} {c.adult ? <span className="chip chip--small">adult · can apply</span> : <span className="chip chip--small chip--muted">minor</span>}
          </li>
        ))}
      </ul>
      {t.companions.length === 0 && <p className="tp-hint">Travelling with someone? Each adult can apply to the lottery too: add them with Edit.</p>}
    </section>
  );
}

function BoutiquesCard({ trip: t, data, onEdit }: { trip: Trip; data: TripData; onEdit: () => void }) {
  const boutiques = data.boutiques.data;
  return (
    <section className="card" aria-labelledby="tp-boutiques-title">
      <h2 className="card-title" id="tp-boutiques-title">
        Boutiques to visit
      </h2>
      {t.boutiqueIds.length === 0 ? (
        <p className="tp-empty">
          None chosen yet.{' '}
          <button type="button" className="tp-link-button" onClick={onEdit}>
            Choose boutiques
          </button>
        </p>
      ) : (
        <ul className="plain-list tp-boutiques">
          {t.boutiqueIds.map((bid) => {
            const b = boutiques?.find((x) => x.id === bid);
            return (
              <li key={bid}>
                <span>{b?.name ?? `Boutique ${bid}`}</span>
                {b && <span className="tp-small muted">{addressOf(b)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The key facts of the trip in one band under its title. */
function KeyFacts({ trip: t, data }: { trip: Trip; data: TripData }) {
  const { windows, applies } = useTripWindows(t, data);
  const attempts = data.attempts.data;
  const lottery = attempts?.filter((a) => a.method === 'lottery').length;
  const granted = attempts?.filter(isGrantedAttempt).length;
  const bookable = windows?.filter((w) => w.bookable).length;
  const totals = data.purchases.data ? totalsByCurrency(data.purchases.data) : undefined;
  const met = data.interactions.data ? byContact(data.interactions.data).length : undefined;
  const offers = data.offers.data ? offersDuring(data.offers.data, t.startDay, t.endDay).length : undefined;
  const plural = (n: number | undefined, one: string, many: string) => (n === 1 ? one : many);
  const value = (n: number | undefined) => (n === undefined ? '…' : String(n));
  return (
    <section aria-label="Key facts">
      <dl className="tp-stats">
        {applies && (
          <>
            <div className="tp-stat">
              <dt>{plural(bookable, 'lottery day', 'lottery days')}</dt>
              <dd>{value(bookable)}</dd>
            </div>
            <div className="tp-stat">
              <dt>{plural(lottery, 'lottery try', 'lottery tries')}</dt>
              <dd>{value(lottery)}</dd>
            </div>
          </>
        )}
        <div className="tp-stat">
          <dt>{plural(granted, 'appointment', 'appointments')}</dt>
          <dd>{value(granted)}</dd>
        </div>
        <div className="tp-stat tp-stat--money">
          <dt>spent</dt>
          <dd>{totals === undefined ? '…' : totals.length === 0 ? formatMoney(0, data.settings.data?.defaultCurrency ?? 'EUR') : totals.map((r) => formatMoney(r.totalMinor, r.currency)).join(' · ')}</dd>
        </div>
        <div className="tp-stat">
          <dt>{plural(met, 'person met', 'people met')}</dt>
          <dd>{value(met)}</dd>
        </div>
        <div className="tp-stat">
          <dt>{plural(offers, 'offer', 'offers')}</dt>
          <dd>{value(offers)}</dd>
        </div>
      </dl>
    </section>
  );
}
