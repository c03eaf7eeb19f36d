/**
 * The stay day by day: the lottery window to apply in for that day and who applied with what
 * result, the appointments obtained (with their times), what was bought, who was met and what
 * was offered. A summary: the lottery planner is where attempts are recorded.
 */
import { DateTime } from 'luxon';
import { CalendarClock, Gift, MessageCircle } from 'lucide-react';
import { METHOD_LABELS, type AppointmentAttempt } from '../../../../shared/api/attempts';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Contact } from '../../../../shared/api/contacts';
import type { Trip } from '../../../../shared/api/trips';
import { formatWindowInZone, holidayName, PARIS_ZONE, windowStatus, type LotteryWindow } from '../../../../shared/domain/lottery';
import { BeforeTripWarning } from '../../components/BeforeTripWarning';
import { ErrorState, LoadingState } from '../../components/States';
import { formatMoney } from '../../lib/format';
import { todayDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { KIND_LABELS } from '../contacts/labels';
import { itemsLine } from '../purchases/labels';
import { clock, isParis, shortDay, useNow, zoneCity } from '../appointments/time';
import { STEP_SHORT } from '../appointments/tracker';
import { applicantsOf, isGrantedAttempt, tripDays, type TripDay } from './trip-model';
import { useTripWindows, type TripData } from './use-trip-data';

export function DayStrip({ trip, data }: { trip: Trip; data: TripData }) {
  const { windows, error, applies } = useTripWindows(trip, data);
  const reads = [data.attempts, data.duringStay, data.interactions, data.offers, data.settings, data.overrides];
  const failed = reads.find((r) => r.error)?.error;
  const homeZone = data.settings.data?.homeZone ?? PARIS_ZONE;
  const loading = reads.some((r) => r.isPending);

  const linked = data.duringStay.data?.filter((p) => p.tripId === trip.id) ?? [];
  const days =
    loading || failed
      ? []
      : tripDays({
          trip,
          windows,
          attempts: data.attempts.data ?? [],
          purchases: linked,
          interactions: data.interactions.data ?? [],
          offers: data.offers.data ?? [],
        });
  const lotteryTries = data.attempts.data?.filter((a) => a.method === 'lottery').length ?? 0;
  const now = useNow(30_000);
  const today = todayDay();
  const boutiqueOf = (id: number | null) => (id === null ? null : (data.boutiques.data?.find((b) => b.id === id) ?? null));
  const contactOf = (id: number) => data.contacts.data?.find((c) => c.id === id) ?? null;

  return (
    <section className="card tp-section" aria-labelledby="tp-days-title">
      <header className="tp-section-header">
        <div>
          <h2 className="card-title" id="tp-days-title">
            Day by day
          </h2>
          <p className="tp-section-sub">
            {applies ? (
              <>
                Lottery windows and appointment times in Paris time{!isParis(homeZone) && <> and {zoneCity(homeZone)} time (your home zone)</>}.
              </>
            ) : (
              <>The Paris lottery does not apply to a trip to {trip.city}.</>
            )}
          </p>
        </div>
        {applies && (
          <a className="button button--small" href={href(`/appointments/plan/${trip.id}`)}>
            <CalendarClock size={14} aria-hidden /> Open the lottery planner
          </a>
        )}
      </header>
      {failed && <ErrorState message={failed.message} onRetry={() => void Promise.all(reads.map((r) => r.refetch()))} />}
      {error && <ErrorState message={error} />}
      {loading && !failed && <LoadingState label="Loading the days of the trip…" />}
      {!loading && !failed && applies && lotteryTries === 0 && (
        <p className="banner banner--info tp-banner">
          <span>
            No lottery attempt recorded for this trip yet. The planner shows each evening’s window and records who applied;{' '}
            <a href={href(`/appointments/plan/${trip.id}`)}>plan the lottery</a>.
          </span>
        </p>
      )}
      {days.length > 0 && (
        <div className="tp-days-scroll">
          <table className="tp-days">
            <colgroup>
              <col className="tp-col-day" />
              {applies && <col className="tp-col-lottery" />}
              <col className="tp-col-appointments" />
              <col className="tp-col-purchases" />
              <col className="tp-col-met" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {applies && <th scope="col">Lottery for this day</th>}
                <th scope="col">Appointments</th>
                <th scope="col">Purchases</th>
                <th scope="col">Met · offered</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className={`tp-day${d.day === today ? ' tp-day--today' : ''}${d.window && !d.window.bookable ? ' tp-day--closed' : ''}`}>
                  <th scope="row" className="tp-day-date">
                    <DateBlock day={d.day} number={d.number} today={d.day === today} />
                  </th>
                  {applies && (
                    <td>
                      <LotteryCell day={d} trip={trip} homeZone={homeZone} now={now} />
                    </td>
                  )}
                  <td>
                    <AppointmentsCell day={d} trip={trip} homeZone={homeZone} boutiqueOf={boutiqueOf} />
                  </td>
                  <td>
                    {d.purchases.length === 0 ? (
                      <span className="tp-none">—</span>
                    ) : (
                      <ul className="tp-cell-list">
                        {d.purchases.map((p) => (
                          <li key={p.id} className="tp-buy">
                            <a href={href(`/purchases/${p.id}`)}>{itemsLine(p)}</a>
                            <span className="tp-buy-meta">
                              {boutiqueOf(p.boutiqueId)?.name ?? 'Boutique not recorded'} · <span className="tp-money">{formatMoney(p.totalMinor, p.currency)}</span>
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <MetCell day={d} contactOf={contactOf} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DateBlock({ day, number, today }: { day: string; number: number; today: boolean }) {
  const dt = DateTime.fromISO(day, { locale: 'en-GB' });
  return (
    <span className="tp-date">
      <span className="sr-only">
        {dt.toFormat('cccc d LLLL')}, {today ? 'today' : `day ${number}`}
      </span>
      <span className="tp-date-weekday" aria-hidden>
        {dt.toFormat('ccc')}
      </span>
      <span className="tp-date-day" aria-hidden>
        {dt.toFormat('d')}
      </span>
      <span className="tp-date-month" aria-hidden>
        {dt.toFormat('LLL')}
      </span>
      <span className="tp-date-number" aria-hidden>
        {today ? <strong className="tp-today">Today</strong> : `Day ${number}`}
      </span>
    </span>
  );
}

const CLOSED_TEXT = {
  sunday: 'Sunday: the boutiques are closed.',
  closure: 'Closed by your calendar.',
} as const;

function closedText(w: Extract<LotteryWindow, { bookable: false }>): string {
  if (w.reason === 'holiday') return `${holidayName(w.appointmentDay)?.split(' (')[0] ?? 'Public holiday'}: the boutiques are closed.`;
  return CLOSED_TEXT[w.reason];
}

function LotteryCell({ day: d, trip, homeZone, now }: { day: TripDay; trip: Trip; homeZone: string; now: number }) {
  const w = d.window;
  if (!w) return <span className="tp-none">—</span>;
  if (!w.bookable) {
    return (
      <div className="tp-window tp-window--closed">
        <span className="tp-window-title">No lottery</span>
        <span className="tp-small">{closedText(w)}</span>
      </div>
    );
  }
  const local = isParis(homeZone) ? null : formatWindowInZone(w, homeZone);
  const applied = new Set(d.lottery.map((l) => l.applicant.companionId));
  const missing = applicantsOf(trip).filter((p) => !applied.has(p.companionId));
  const status = windowStatus(w, new Date(now).toISOString());
  const closed = status.state === 'closed';
  return (
    <div className="tp-window">
      <span className="tp-window-title">
        Apply {shortDay(w.applyOn)}
        {status.state === 'open' && <span className="tp-live tp-live--open">Open now</span>}
        {status.state === 'not_yet_open' && status.opensInMs < 24 * 3600 * 1000 && <span className="tp-live">Opens at {clock(w.opensAt, PARIS_ZONE)} Paris</span>}
      </span>
      <span className="tp-small tp-window-times">
        {clock(w.opensAt, PARIS_ZONE)}–{clock(w.closesAt, PARIS_ZONE)} Paris
      </span>
      {local && (
        <span className="tp-small tp-window-times">
          {local.applyOnLocalDay !== w.applyOn ? `${shortDay(local.applyOnLocalDay)} ` : ''}
          {local.opensLocal}–{local.closesLocal} {zoneCity(homeZone)}
        </span>
      )}
      <BeforeTripWarning window={w} tripStartDay={trip.startDay} />
      {d.lottery.length > 0 && (
        <ul className="tp-applicants" aria-label={`Who applied for ${shortDay(d.day)}`}>
          {d.lottery.map(({ applicant, attempt }) => (
            <li key={attempt.id}>
              <a href={href(`/appointments/${attempt.id}`)}>{applicant.name}</a>
              <ResultChip attempt={attempt} />
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <span className="tp-small muted">
          {d.lottery.length === 0
            ? closed
              ? 'No attempt recorded'
              : 'Nobody has applied yet'
            : `${closed ? 'Not recorded' : 'Not applied yet'}: ${missing.map((m) => m.name).join(', ')}`}
        </span>
      )}
    </div>
  );
}

/** The result of one attempt in a word or two: "Granted · 14:30", "Registered · waiting". */
export function resultWords(a: AppointmentAttempt): string {
  const at = a.appointmentAt ? ` · ${clock(a.appointmentAt, PARIS_ZONE)}` : '';
  switch (a.result) {
    case 'granted':
      return `Granted${at}`;
    case 'time_changed':
      return `Granted, moved${at}`;
    case 'not_granted':
      return 'Not granted';
    case 'cancelled':
      return 'Cancelled';
    case 'pending':
      if (a.stepReached === 'registered') return 'Registered · waiting';
      return a.stepReached === 'none' ? 'Pending' : `${STEP_SHORT[a.stepReached]} · not registered`;
  }
}

function ResultChip({ attempt }: { attempt: AppointmentAttempt }) {
  const tone = isGrantedAttempt(attempt) ? 'granted' : attempt.result === 'pending' ? 'pending' : 'not_granted';
  return <span className={`status status--${tone} tp-result`}>{resultWords(attempt)}</span>;
}

function AppointmentsCell({
  day: d,
  trip,
  homeZone,
  boutiqueOf,
}: {
  day: TripDay;
  trip: Trip;
  homeZone: string;
  boutiqueOf: (id: number | null) => Boutique | null;
}) {
  if (d.appointments.length === 0 && d.otherTries.length === 0) return <span className="tp-none">—</span>;
  const who = (a: AppointmentAttempt) => (a.companionId === null ? 'You' : (trip.companions.find((c) => c.id === a.companionId)?.name ?? 'A companion'));
  return (
    <ul className="tp-cell-list">
      {d.appointments.map((a) => {
        const b = boutiqueOf(a.boutiqueId);
        const zone = b?.timeZone ?? PARIS_ZONE;
        return (
          <li key={a.id} className="tp-appt">
            <a href={href(`/appointments/${a.id}`)}>
              <strong className="tp-appt-time">{a.appointmentAt ? clock(a.appointmentAt, zone) : 'Time not set'}</strong> {b?.name ?? '· boutique not noted'}
            </a>
            <span className="tp-small muted">
              {METHOD_LABELS[a.method]} · {who(a)}
              {a.appointmentAt && zone !== homeZone && (
                <>
                  {' '}
                  · {clock(a.appointmentAt, homeZone)} {zoneCity(homeZone)}
                </>
              )}
              {a.originalAppointmentAt && <> · moved from {clock(a.originalAppointmentAt, zone)}</>}
            </span>
          </li>
        );
      })}
      {d.otherTries.map((a) => (
        <li key={a.id} className="tp-try">
          <a href={href(`/appointments/${a.id}`)}>
            {capitalise(METHOD_LABELS[a.method])}
            {a.result === 'pending' ? ' plan' : ''}
          </a>
          <span className="tp-small muted">
            {boutiqueOf(a.boutiqueId)?.name ?? 'any boutique'} · {a.result === 'pending' ? 'not done yet' : a.result === 'not_granted' ? 'not granted' : 'cancelled'}
          </span>
        </li>
      ))}
    </ul>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function MetCell({ day: d, contactOf }: { day: TripDay; contactOf: (id: number) => Contact | null }) {
  if (d.interactions.length === 0 && d.offers.length === 0) return <span className="tp-none">—</span>;
  return (
    <ul className="tp-cell-list">
      {d.interactions.map((x) => (
        <li key={`i${x.id}`} className="tp-met">
          <MessageCircle size={13} aria-hidden />
          <span>
            <a href={href(`/contacts/${x.contactId}`)}>{contactOf(x.contactId)?.name ?? `Contact ${x.contactId}`}</a>
            <span className="tp-small muted"> · {KIND_LABELS[x.kind].toLowerCase()}</span>
          </span>
        </li>
      ))}
      {d.offers.map((o) => (
        <li key={`o${o.id}`} className="tp-met">
          <Gift size={13} aria-hidden />
          <span>
            <span className="tp-small muted">Offered </span>
            <a href={href(`/offers/${o.id}`)}>{[o.model, o.size].filter(Boolean).join(' ')}</a>
          </span>
        </li>
      ))}
    </ul>
  );
}
