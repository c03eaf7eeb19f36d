/**
 * The planner for one trip: for each day of the stay, the window to apply in (Paris and home
 * zone, live), and one row per person who may apply, each turning into a tracked attempt.
 */
import { DateTime } from 'luxon';
import { ArrowLeft, CalendarOff, ExternalLink, Info, Pencil, Plus, Settings2, Store } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { AppointmentAttempt } from '../../../../shared/api/attempts';
import type { CalendarOverride } from '../../../../shared/api/settings';
import type { Trip } from '../../../../shared/api/trips';
import { closedReason, frenchPublicHolidays, holidayName, type BoutiqueCalendarOptions } from '../../../../shared/domain/boutique-calendar';
import { lotteryWindowsForRange, type LotteryWindow } from '../../../../shared/domain/lottery';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDayRange } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import { AppointmentTabs } from './AppointmentTabs';
import { shortDay, useNow, zoneCity, zoneLabel } from './time';
import { BeforeTripWarning } from '../../components/BeforeTripWarning';
import { BlockedButton, ResultSummary, StepTracker } from './tracker';
import { CLOSED_WORDS, LiveStatus, WindowTimes } from './WindowTimes';
import type { LotteryOptions, WindowHoursValues } from '../../../../shared/domain/lottery';
import { useRules } from '../../lib/rules';

/** The boutique calendar's overrides and the window's hours in force (Settings › Rules): what the lottery rule takes. */
export function calendarOf(overrides: CalendarOverride[] | undefined, hours: WindowHoursValues): LotteryOptions {
  return {
    closures: overrides?.filter((o) => o.kind === 'closed').map((o) => o.day) ?? [],
    openDays: overrides?.filter((o) => o.kind === 'open').map((o) => o.day) ?? [],
    hours,
  };
}

export function Planner({ tripId }: { tripId: number }) {
  const trip = useChannel('trips.get', { id: tripId });
  const settings = useChannel('settings.get');
  const overrides = useChannel('calendarOverrides.list');
  const attempts = useChannel('attempts.list', { tripId, method: 'lottery', limit: 1000 });
  const boutiques = useChannel('boutiques.list');

  const back = (
    <a className="back-link" href={href('/appointments')}>
      <ArrowLeft size={16} aria-hidden /> All trips
    </a>
  );
  const failed = trip.error ?? settings.error ?? overrides.error ?? attempts.error;
  if (failed) {
    return (
      <div className="page">
        {back}
        <ErrorState message={failed.message} onRetry={() => void Promise.all([trip.refetch(), settings.refetch(), overrides.refetch(), attempts.refetch()])} />
      </div>
    );
  }
  if (!trip.data || !settings.data || !overrides.data || !attempts.data) return <LoadingState label="Loading the lottery plan…" />;
  const parisBoutiques = boutiques.data?.filter((b) => b.takesLeatherAppointments && b.archivedAt === null) ?? [];
  return (
    <PlannerView
      trip={trip.data}
      homeZone={settings.data.homeZone}
      overrides={overrides.data}
      attempts={attempts.data}
      boutiques={parisBoutiques.map((b) => ({ id: b.id, name: b.name }))}
      back={back}
    />
  );
}

interface Person {
  companionId: number | null;
  name: string;
}

function PlannerView({
  trip,
  homeZone,
  overrides,
  attempts,
  boutiques,
  back,
}: {
  trip: Trip;
  homeZone: string;
  overrides: CalendarOverride[];
  attempts: AppointmentAttempt[];
  boutiques: { id: number; name: string }[];
  back: ReactNode;
}) {
  const now = useNow();
  const [preference, setPreference] = useState<string>('none');
  const { windowHours, hoursText } = useRules();
  const calendar = useMemo(() => calendarOf(overrides, windowHours), [overrides, windowHours]);
  const plan = useMemo((): { windows: LotteryWindow[]; error: string | null } => {
    try {
      return { windows: lotteryWindowsForRange(trip.startDay, trip.endDay, calendar), error: null };
    } catch (e) {
      return { windows: [], error: (e as Error).message };
    }
  }, [trip.startDay, trip.endDay, calendar]);

  const people: Person[] = [{ companionId: null, name: 'You' }, ...trip.companions.filter((c) => c.adult).map((c) => ({ companionId: c.id, name: c.name }))];
  const minors = trip.companions.filter((c) => !c.adult);
  const firstApply = plan.windows.reduce((min, w) => (w.bookable && w.applyOn < min ? w.applyOn : min), trip.startDay);
  const used = overrides.filter((o) => o.day >= firstApply && o.day <= trip.endDay);
  const holidays = holidaysBetween(firstApply, trip.endDay);
  const bookable = plan.windows.filter((w) => w.bookable).length;
  const latest = (day: string, companionId: number | null) =>
    attempts.filter((a) => a.wantedDay === day && a.companionId === companionId).sort((a, b) => b.id - a.id)[0] ?? null;

  return (
    <div className="page page--wide">
      {back}
      <PageHeader
        title={trip.title}
        subtitle={
          <>
            Lottery windows · {formatDayRange(trip.startDay, trip.endDay)} · {bookable} bookable day{bookable === 1 ? '' : 's'} · times in Paris
            {homeZone !== 'Europe/Paris' && <> and {zoneCity(homeZone)}</>}
          </>
        }
        actions={
          <a className="button" href={href(`/trips/${trip.id}`)}>
            <Pencil size={15} aria-hidden /> Trip details
          </a>
        }
      />
      <AppointmentTabs current="planner" />

      <div className="plan-top">
        <section className="card plan-rule" aria-labelledby="plan-rule-title">
          <h2 className="card-title" id="plan-rule-title">
            <Info size={14} aria-hidden /> How the lottery works · community-reported
          </h2>
          <p>
            For each day you want an appointment, apply on the <strong>latest open day before it</strong>, between <strong>{hoursText.opensAt} and {hoursText.closesAt} Paris time</strong>,
            from inside France on a local Wi-Fi network (usually a phone). Winners hear after {hoursText.closesAt} the same evening, by e-mail or SMS. About 10,000 requests are
            reported for 30–60 slots a day. Carnet reminds and records; it never applies for you.
          </p>
          <p className="muted small">
            Your home zone: {zoneLabel(homeZone)} ·{' '}
            <a href={href('/settings')}>
              <Settings2 size={13} aria-hidden /> change in Settings
            </a>
          </p>
        </section>

        <section className="card plan-calendar" aria-labelledby="plan-calendar-title">
          <h2 className="card-title" id="plan-calendar-title">
            <CalendarOff size={14} aria-hidden /> Boutique calendar used
          </h2>
          <p className="small">
            Closed on Sundays and French public holidays.{' '}
            {holidays.length === 0 ? 'No public holiday falls in these dates.' : `Public holidays here: ${holidays.map((d) => `${shortDay(d)} (${holidayName(d)?.split(' (')[0]})`).join(', ')}.`}
          </p>
          <p className="small">{used.length > 0 ? 'Your changes used here:' : 'No closures or open days of your own around these dates.'}</p>
          {used.length > 0 && (
            <ul className="override-list" aria-label="Your calendar changes used by this plan">
              {used.map((o) => (
                <li key={o.day}>
                  <span className={`status status--${o.kind === 'closed' ? 'not_granted' : 'granted'}`}>{o.kind === 'closed' ? 'closed' : 'open'}</span>
                  <span>{shortDay(o.day)}</span>
                  {o.note && <span className="muted">· {o.note}</span>}
                </li>
              ))}
            </ul>
          )}
          <a className="small" href={href('/settings')}>
            Add a closure or open day
          </a>
        </section>
      </div>

      <fieldset className="preference">
        <legend>
          <Store size={15} aria-hidden /> Boutique preference for new attempts
        </legend>
        <div className="segmented">
          <label className="segment">
            <input type="radio" name="preference" value="none" checked={preference === 'none'} onChange={() => setPreference('none')} />
            <span>No preference</span>
          </label>
          {boutiques.map((b) => (
            <label key={b.id} className="segment">
              <input type="radio" name="preference" value={String(b.id)} checked={preference === String(b.id)} onChange={() => setPreference(String(b.id))} />
              <span>{b.name}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">“No preference” is said to help slightly: slots depend on each boutique’s SAs, stock and season.</p>
      </fieldset>

      {plan.error && <ErrorState message={plan.error} />}
      {minors.length > 0 && (
        <p className="muted small">
          {minors.map((m) => m.name).join(', ')} {minors.length === 1 ? 'is' : 'are'} under 18 and cannot apply; each adult may apply on their own phone, and
          whoever wins must attend.
        </p>
      )}

      <div className="plan-days">
        {plan.windows.map((w, i) => (
          <PlanDay
            key={w.appointmentDay}
            window={w}
            index={i}
            trip={trip}
            people={people}
            homeZone={homeZone}
            now={now}
            calendar={calendar}
            overrides={overrides}
            preference={preference === 'none' ? null : Number(preference)}
            latest={latest}
          />
        ))}
      </div>
    </div>
  );
}

/** French public holidays from `from` to `to`, both included. */
function holidaysBetween(from: string, to: string): string[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  return [...years].flatMap((y) => frenchPublicHolidays(y)).filter((d) => d >= from && d <= to);
}

function reasonText(w: Extract<LotteryWindow, { bookable: false }>, overrides: CalendarOverride[]): string {
  if (w.reason === 'sunday') return 'Sunday: the boutiques are closed, so there is no lottery for this day.';
  if (w.reason === 'holiday') return `${holidayName(w.appointmentDay) ?? 'Public holiday'}: the boutiques are closed.`;
  const note = overrides.find((o) => o.day === w.appointmentDay)?.note;
  return `Closed by your calendar${note ? ` — ${note}` : ''}.`;
}

/** Why the apply day is more than one day before: 'Sun 6 Dec is a Sunday'. */
function skippedDays(w: Extract<LotteryWindow, { bookable: true }>, calendar: BoutiqueCalendarOptions): string[] {
  const out: string[] = [];
  let d = DateTime.fromISO(w.applyOn).plus({ days: 1 });
  const end = DateTime.fromISO(w.appointmentDay);
  for (; d < end; d = d.plus({ days: 1 })) {
    const day = d.toISODate()!;
    const reason = closedReason(day, calendar);
    if (reason === 'holiday') out.push(`${shortDay(day)} (${holidayName(day)?.split(' (')[0] ?? 'holiday'})`);
    else if (reason === 'closure') out.push(`${shortDay(day)} (your closure)`);
    else if (reason) out.push(`${shortDay(day)} (${CLOSED_WORDS[reason]})`);
  }
  return out;
}

function PlanDay({
  window: w,
  index,
  trip,
  people,
  homeZone,
  now,
  calendar,
  overrides,
  preference,
  latest,
}: {
  window: LotteryWindow;
  index: number;
  trip: Trip;
  people: Person[];
  homeZone: string;
  now: number;
  calendar: BoutiqueCalendarOptions;
  overrides: CalendarOverride[];
  preference: number | null;
  latest: (day: string, companionId: number | null) => AppointmentAttempt | null;
}) {
  const dt = DateTime.fromISO(w.appointmentDay, { locale: 'en-GB' });
  const headingId = `day-${w.appointmentDay}`;
  const openedByYou = w.bookable && closedReason(w.appointmentDay, {}) !== null;
  const dateBlock = (
    <div className="plan-date" aria-hidden>
      <span className="plan-date-weekday">{dt.toFormat('ccc')}</span>
      <span className="plan-date-day">{dt.toFormat('d')}</span>
      <span className="plan-date-month">{dt.toFormat('LLL')}</span>
    </div>
  );
  if (!w.bookable) {
    return (
      <section className="plan-day plan-day--closed" aria-labelledby={headingId}>
        <header className="plan-day-header">
          {dateBlock}
          <div className="plan-day-main">
            <h2 id={headingId}>{dt.toFormat('ccc d LLL yyyy')}</h2>
            <p className="plan-day-sub">
              Day {index + 1} of the trip · <strong>Not bookable</strong>: {reasonText(w, overrides)}
            </p>
          </div>
          <span className="chip chip--muted plan-reason">{CLOSED_WORDS[w.reason]}</span>
        </header>
      </section>
    );
  }
  const skipped = skippedDays(w, calendar);
  return (
    <section className="plan-day" aria-labelledby={headingId}>
      <header className="plan-day-header">
        {dateBlock}
        <div className="plan-day-main">
          <h2 id={headingId}>{dt.toFormat('ccc d LLL yyyy')}</h2>
          <p className="plan-day-sub">
            Day {index + 1} of the trip · apply on <strong>{shortDay(w.applyOn)}</strong>
            {skipped.length > 0 && (
              <>
                , as {skipped.length > 1 ? `${skipped.slice(0, -1).join(', ')} and ${skipped.at(-1)} are` : `${skipped[0]} is`} closed
              </>
            )}
            {openedByYou && <span className="chip chip--small plan-opened">open by your calendar</span>}
          </p>
          <BeforeTripWarning window={w} tripStartDay={trip.startDay} />
        </div>
        <WindowTimes window={w} homeZone={homeZone} />
        <div className="plan-live">
          <LiveStatus window={w} now={now} />
        </div>
      </header>
      <ul className="applicants" aria-label={`Who applies for ${dt.toFormat('ccc d LLL')}`}>
        {people.map((p) => (
          <ApplicantRow
            key={p.companionId ?? 'you'}
            person={p}
            attempt={latest(w.appointmentDay, p.companionId)}
            window={w}
            trip={trip}
            homeZone={homeZone}
            now={now}
            preference={preference}
          />
        ))}
      </ul>
    </section>
  );
}

function ApplicantRow({
  person,
  attempt,
  window: w,
  trip,
  homeZone,
  now,
  preference,
}: {
  person: Person;
  attempt: AppointmentAttempt | null;
  window: Extract<LotteryWindow, { bookable: true }>;
  trip: Trip;
  homeZone: string;
  now: number;
  preference: number | null;
}) {
  const create = useWrite('attempts.create');
  const dayLabel = shortDay(w.appointmentDay);
  const closed = now >= Date.parse(w.closesAt);
  if (!attempt) {
    return (
      <li className="applicant applicant--empty">
        <span className="applicant-name">{person.name}</span>
        <span className="muted small">{closed ? `No attempt recorded for ${dayLabel}.` : `Not applied yet for ${dayLabel}.`}</span>
        <span className="applicant-actions">
          <button
            type="button"
            className={`button button--small${closed ? '' : ' button--primary'}`}
            disabled={create.isPending}
            aria-label={`Record an attempt for ${dayLabel} · ${person.name}`}
            onClick={() =>
              create.mutate({
                method: 'lottery',
                wantedDay: w.appointmentDay,
                tripId: trip.id,
                companionId: person.companionId,
                boutiqueId: preference,
              })
            }
          >
            <Plus size={14} aria-hidden /> Record attempt
          </button>
        </span>
        {create.error && (
          <p className="field-error applicant-error" role="alert">
            {create.error.message}
          </p>
        )}
      </li>
    );
  }
  return (
    <li className="applicant">
      <span className="applicant-name">
        {person.name}
        <a className="applicant-link" href={href(`/appointments/${attempt.id}`)} aria-label={`Attempt details for ${dayLabel} · ${person.name}`}>
          <ExternalLink size={13} aria-hidden />
        </a>
      </span>
      <div className="applicant-main">
        <StepTracker attempt={attempt} who={`${person.name} · ${dayLabel}`} homeZone={homeZone} window={w} />
        <ResultSummary attempt={attempt} window={w} now={now} homeZone={homeZone} />
      </div>
      <span className="applicant-actions">
        <BlockedButton attempt={attempt} compact />
      </span>
    </li>
  );
}

