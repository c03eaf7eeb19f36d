/**
 * The one-page trip sheet: what to have in the handbag in Paris — dates, hotel and concierge,
 * who travels, the boutiques with their addresses and usual hours, each day's lottery window
 * (Paris time and home time) with boxes to tick, the wishlist, and room for notes.
 *
 * Laid out for the smaller of A4 and Letter (184 × 250 mm inside 12 mm margins), so it prints
 * on one page of either. A trip too long for that is scaled down when printed, never split.
 */
import { ArrowLeft, Printer } from 'lucide-react';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { AppointmentAttempt } from '../../../../shared/api/attempts';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Trip } from '../../../../shared/api/trips';
import { formatWindowInZone, holidayName, PARIS_ZONE, type LotteryWindow } from '../../../../shared/domain/lottery';
import { ErrorState, LoadingState } from '../../components/States';
import { daysIn, formatDay } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { todayDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { calendarOf } from '../appointments/Planner';
import { clock, isParis, shortDay, zoneAbbreviation, zoneCity } from '../appointments/time';
import { addressOf, hoursOf } from './boutique-info';
import { applicantsOf, isGrantedAttempt, lotteryApplies, windowsOf } from './trip-model';
import { STATUS_WORDS, wishName } from './WishlistCard';
import '../../styles/trips.css';
import { useRules } from '../../lib/rules';
import { phoneEventText } from '../../../../shared/domain/phone-event';
import { QrCode } from '../../components/QrCode';
import { SendToPhoneButton } from './SendToPhone';

const MM = 96 / 25.4;
/** The printable height shared by A4 (273 mm) and Letter (255 mm) inside 12 mm margins, less a safety margin. */
const PAGE_HEIGHT_MM = 250;
/** The ruled lines left at the least for handwriting, and the gap under them (as in trips.css). */
const LINES_MIN_MM = 20;
const NOTES_GAP_MM = 3;

export function TripSheet({ id }: { id: number }) {
  const trip = useChannel('trips.get', { id });
  const boutiques = useChannel('boutiques.list');
  const settings = useChannel('settings.get');
  const overrides = useChannel('calendarOverrides.list');
  const attempts = useChannel('attempts.list', { tripId: id, limit: 1000 });
  const rules = useRules();
  const reads = [trip, boutiques, settings, overrides, attempts];
  const failed = reads.find((r) => r.error)?.error;

  const back = (
    <a className="back-link" href={href(`/trips/${id}`)}>
      <ArrowLeft size={16} aria-hidden /> Back to the trip
    </a>
  );
  if (failed) {
    return (
      <div className="page">
        {back}
        <ErrorState message={failed.message} onRetry={() => void Promise.all(reads.map((r) => r.refetch()))} />
      </div>
    );
  }
  if (!trip.data || !boutiques.data || !settings.data || !overrides.data || !attempts.data) return <LoadingState label="Preparing the trip sheet…" />;
  const sheetWindows = windowsOf(trip.data, calendarOf(overrides.data, rules.windowHours));
  return (
    <div className="page sheet-page">
      <div className="sheet-toolbar">
        {back}
        <div className="sheet-toolbar-row">
          <div>
            <h1 className="sheet-toolbar-title">Trip sheet</h1>
            <p className="page-subtitle">One page for A4 or Letter. In the print dialog, choose “Save as PDF” to keep a copy on your phone.</p>
          </div>
          <div className="sheet-toolbar-actions">
            <SendToPhoneButton trip={trip.data} windows={sheetWindows.windows} />
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              <Printer size={16} aria-hidden /> Print / Save as PDF
            </button>
          </div>
        </div>
      </div>
      <SheetPaper trip={trip.data} boutiques={boutiques.data} homeZone={settings.data.homeZone} calendarWindows={sheetWindows} attempts={attempts.data} />
    </div>
  );
}

function SheetPaper({
  trip: t,
  boutiques,
  homeZone,
  calendarWindows,
  attempts,
}: {
  trip: Trip;
  boutiques: Boutique[];
  homeZone: string;
  calendarWindows: { windows: LotteryWindow[]; error: string | null };
  attempts: AppointmentAttempt[];
}) {
  const { hoursText } = useRules();
  const bodyRef = useRef<HTMLDivElement>(null);
  const notesRef = useRef<HTMLDivElement>(null);
  const footRef = useRef<HTMLElement>(null);
  const [zoom, setZoom] = useState(1);

  // Measured on screen, where the sheet is never zoomed: the print zoom cannot feed back into it.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const notes = notesRef.current;
    const foot = footRef.current;
    if (!body || !notes || !foot) return;
    const measure = () => {
      // Only the screen layout is measured: in print the sheet is zoomed and widened.
      if (window.matchMedia('print').matches) return;
      const needed = body.offsetHeight + notes.offsetHeight + (LINES_MIN_MM + NOTES_GAP_MM) * MM + foot.offsetHeight;
      const available = PAGE_HEIGHT_MM * MM;
      // A little under the exact ratio: small text rounds each line up to whole pixels in print.
      setZoom(needed > available ? Math.floor((available / needed) * 0.97 * 1000) / 1000 : 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    observer.observe(notes);
    return () => observer.disconnect();
  }, []);

  const applies = lotteryApplies(t, boutiques);
  const visiting = t.boutiqueIds.map((bid) => boutiques.find((b) => b.id === bid)).filter((b): b is Boutique => b !== undefined);
  const applicants = applicantsOf(t);
  const minors = t.companions.filter((c) => !c.adult);
  const showHome = !isParis(homeZone);
  const { windows, error } = calendarWindows;
  const long = windows.length > 9 || t.wishlist.length > 8;
  const style = { '--sheet-zoom': zoom } as CSSProperties;

  return (
    <>
      {zoom < 1 && (
        <p className="banner banner--info sheet-note">
          This trip has a lot on it: the sheet is printed at {Math.round(zoom * 100)} % so that it stays on one page.
        </p>
      )}
      <div className="sheet-paper">
        <article className={`sheet${long ? ' sheet--long' : ''}`} style={style} aria-label={`Trip sheet: ${t.title}`}>
          <div className="sheet-body" ref={bodyRef}>
            <header className="sheet-header">
              <p className="sheet-eyebrow">Carnet · trip sheet</p>
              <h2 className="sheet-title">{t.title}</h2>
              <p className="sheet-dates">
                {formatDay(t.startDay)} – {formatDay(t.endDay)} · {daysIn(t.startDay, t.endDay)} days · {t.city}
              </p>
            </header>

            <div className="sheet-row">
              <section className="sheet-block" aria-labelledby="sheet-stay">
                <h3 id="sheet-stay">Stay</h3>
                <dl className="sheet-facts">
                  <dt>Hotel</dt>
                  <dd>{t.hotelName ?? <span className="sheet-blank" aria-label="not set" />}</dd>
                  <dt>Concierge</dt>
                  <dd>{t.hotelConcierge ?? <span className="sheet-blank" aria-label="not set" />}</dd>
                  <dt>Time</dt>
                  <dd>
                    {showHome ? `Paris ${zoneAbbreviation(PARIS_ZONE, `${t.startDay}T12:00:00Z`)} · home ${zoneCity(homeZone)} ${zoneAbbreviation(homeZone, `${t.startDay}T12:00:00Z`)}` : 'Paris time'}
                  </dd>
                </dl>
              </section>
              <section className="sheet-block" aria-labelledby="sheet-who">
                <h3 id="sheet-who">Travelling</h3>
                <ul className="sheet-list">
                  <li>You</li>
                  {t.companions.map((c) => (
                    <li key={c.id}>
                      {c.name} <span className="sheet-muted">· {c.adult ? 'adult, can apply' : 'under 18'}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </div>

            <section className="sheet-block" aria-labelledby="sheet-boutiques">
              <h3 id="sheet-boutiques">Boutiques</h3>
              {visiting.length === 0 ? (
                <p className="sheet-muted">None chosen for this trip.</p>
              ) : (
                <ul className="sheet-boutiques">
                  {visiting.map((b) => (
                    <li key={b.id}>
                      <strong>{b.name}</strong>
                      <span>{addressOf(b)}</span>
                      {hoursOf(b) && <span className="sheet-muted">{hoursOf(b)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {applies && (
              <section className="sheet-block" aria-labelledby="sheet-lottery">
                <h3 id="sheet-lottery">Lottery windows</h3>
                <p className="sheet-rule">
                  Apply on the latest open day before the day wanted, {hoursText.hours} Paris time, from France on local Wi-Fi; tick each person’s box once
                  “request registered” shows. Winners hear after {hoursText.closesAt}.
                  {minors.length > 0 && ` ${minors.map((m) => m.name).join(', ')} cannot apply (under 18).`}
                </p>
                {error ? (
                  <p>{error}</p>
                ) : (
                  <table className="sheet-table sheet-windows">
                    <thead>
                      <tr>
                        <th scope="col">For</th>
                        <th scope="col">Apply on</th>
                        <th scope="col">Paris</th>
                        {showHome && <th scope="col">{zoneCity(homeZone)}</th>}
                        {applicants.map((p) => (
                          <th key={p.companionId ?? 'you'} scope="col" className="sheet-person">
                            {p.name}
                          </th>
                        ))}
                        <th scope="col">Appointment</th>
                      </tr>
                    </thead>
                    <tbody>
                      {windows.map((w) => (
                        <WindowRow key={w.appointmentDay} window={w} homeZone={homeZone} showHome={showHome} applicants={applicants} attempts={attempts} boutiques={boutiques} />
                      ))}
                    </tbody>
                  </table>
                )}
                {!error && <PhoneCodes windows={windows} />}
              </section>
            )}

            <section className="sheet-block" aria-labelledby="sheet-wishlist">
              <h3 id="sheet-wishlist">Wishlist</h3>
              {t.wishlist.length === 0 ? (
                <p className="sheet-muted">Nothing on the wishlist.</p>
              ) : (
                <table className="sheet-table sheet-wishes">
                  <thead>
                    <tr>
                      <th scope="col">
                        <span className="sr-only">Done</span>
                      </th>
                      <th scope="col">Priority</th>
                      <th scope="col">Model</th>
                      <th scope="col">Leather</th>
                      <th scope="col">Colour</th>
                      <th scope="col">Hardware</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...t.wishlist]
                      .sort((a, b) => a.priority - b.priority)
                      .map((w) => (
                        <tr key={w.id}>
                          <td>
                            <Box ticked={w.status !== 'wanted'} label={STATUS_WORDS[w.status]} />
                          </td>
                          <td>{w.priority}</td>
                          <td>
                            <strong>{wishName(w)}</strong>
                          </td>
                          <td>{w.leather ?? ''}</td>
                          <td>{w.colour ?? ''}</td>
                          <td>{w.hardware ?? ''}</td>
                          <td>{w.status === 'wanted' ? '' : STATUS_WORDS[w.status]}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>

          <section className="sheet-block sheet-notes" aria-labelledby="sheet-notes">
            <div ref={notesRef}>
              <h3 id="sheet-notes">Notes</h3>
              {t.notes && <p className="sheet-notes-text">{t.notes}</p>}
            </div>
            <div className="sheet-lines" aria-hidden>
              <div className="sheet-lines-inner">
                {Array.from({ length: 34 }, (_, i) => (
                  <span key={i} />
                ))}
              </div>
            </div>
          </section>

          <footer className="sheet-footer" ref={footRef}>
            <span>Rules are community-reported guidance, not Hermès policy. Carnet reminds and records; it never applies for you.</span>
            <span>Printed {formatDay(todayDay())}</span>
          </footer>
        </article>
      </div>
    </>
  );
}

/** At most this many codes fit the sheet's width in one row; the calendar file holds every window. */
const MAX_CODES = 7;

/**
 * One code per bookable window: scanned with the phone's camera, it adds the window to the
 * phone's calendar at its Paris time (the reminder is set on the phone; the file from "Send to my
 * phone" carries reminders).
 */
function PhoneCodes({ windows }: { windows: LotteryWindow[] }) {
  const bookable = windows.filter((w): w is Extract<LotteryWindow, { bookable: true }> => w.bookable);
  if (bookable.length === 0) return null;
  const shown = bookable.slice(0, MAX_CODES);
  return (
    <div className="sheet-codes" aria-label="Add the windows to your phone">
      <p className="sheet-codes-text">
        <strong>On your phone:</strong> scan a code with the camera to add that window to the phone’s calendar, then set its reminder.
        {bookable.length > shown.length && ` The first ${shown.length} of ${bookable.length} windows are here; the file from “Send to my phone” on the trip page holds them all, reminders included.`}
      </p>
      <ul className="sheet-codes-list">
        {shown.map((w) => {
          const day = shortDay(w.appointmentDay);
          const text = phoneEventText({
            summary: `Hermès lottery: apply for ${day}`,
            start: w.opensAt,
            end: w.closesAt,
            // Kept short: every character makes the code denser (45 modules, 0.35 mm each in print).
            location: 'From inside France',
          });
          return (
            <li key={w.appointmentDay}>
              <QrCode text={text} label={`Code for the window of ${day}: apply ${shortDay(w.applyOn)}`} className="sheet-code" />
              <span>
                For {day}
                <br />
                <span className="sheet-muted">apply {shortDay(w.applyOn)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Box({ ticked, label, emptyLabel = 'Not yet' }: { ticked: boolean; label: string; emptyLabel?: string }) {
  return (
    <span className={`sheet-box${ticked ? ' sheet-box--ticked' : ''}`} role="img" aria-label={ticked ? label : emptyLabel}>
      {ticked ? '✓' : ''}
    </span>
  );
}

function WindowRow({
  window: w,
  homeZone,
  showHome,
  applicants,
  attempts,
  boutiques,
}: {
  window: LotteryWindow;
  homeZone: string;
  showHome: boolean;
  applicants: ReturnType<typeof applicantsOf>;
  attempts: AppointmentAttempt[];
  boutiques: Boutique[];
}) {
  const { hoursText } = useRules();
  const day = shortDay(w.appointmentDay);
  const ofDay = attempts.filter((a) => a.wantedDay === w.appointmentDay);
  const granted = ofDay.filter(isGrantedAttempt);
  const appointment =
    granted.length === 0
      ? ''
      : granted
          .map((a) => {
            const b = boutiques.find((x) => x.id === a.boutiqueId);
            const who = a.companionId === null ? 'You' : (applicants.find((p) => p.companionId === a.companionId)?.name ?? null);
            return [`${a.appointmentAt ? clock(a.appointmentAt, b?.timeZone ?? PARIS_ZONE) : ''} ${b?.name ?? ''}`.trim(), applicants.length > 1 ? who : null].filter(Boolean).join(' · ');
          })
          .join('; ');
  if (!w.bookable) {
    const why = w.reason === 'sunday' ? 'Sunday' : w.reason === 'holiday' ? (holidayName(w.appointmentDay)?.split(' (')[0] ?? 'Public holiday') : 'Closure';
    return (
      <tr className="sheet-closed">
        <th scope="row">{day}</th>
        <td colSpan={(showHome ? 3 : 2) + applicants.length}>
          {why}: the boutiques are closed, no lottery for this day.
        </td>
        <td>{appointment}</td>
      </tr>
    );
  }
  const local = showHome ? formatWindowInZone(w, homeZone) : null;
  const localDay = local && local.applyOnLocalDay !== w.applyOn ? `${shortDay(local.applyOnLocalDay)} ` : '';
  const localEnd = local && local.closesLocalDay !== local.applyOnLocalDay ? ' (+1)' : '';
  return (
    <tr>
      <th scope="row">{day}</th>
      <td>{shortDay(w.applyOn)}</td>
      <td className="sheet-time">{hoursText.hours}</td>
      {local && (
        <td className="sheet-time">
          {localDay}
          {local.opensLocal}–{local.closesLocal}
          {localEnd}
        </td>
      )}
      {applicants.map((p) => {
        const a = ofDay.filter((x) => x.method === 'lottery' && x.companionId === p.companionId).sort((x, y) => y.id - x.id)[0];
        return (
          <td key={p.companionId ?? 'you'} className="sheet-person">
            <Box ticked={a?.stepReached === 'registered'} label={`${p.name}: registered`} emptyLabel={`${p.name}: not registered`} />
          </td>
        );
      })}
      <td>{appointment}</td>
    </tr>
  );
}
