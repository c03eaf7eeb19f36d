import { DateTime } from 'luxon';
import { AlertTriangle, Ticket } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { DashboardSummary, NextLotteryWindow } from '../../../../shared/api/dashboard';
import { PARIS_ZONE } from '../../../../shared/domain/lottery';
import { formatDay } from '../../lib/format';
import { href } from '../../lib/router';
import { countdownParts, countdownText, useJournalNow } from './clock';
import { DashCard, DashEmpty } from './DashCard';
import { useRules } from '../../lib/rules';

const parisTime = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');
const zoneName = (zone: string) => zone.split('/').pop()!.replace(/_/g, ' ');

export function LotteryCard({ summary, receivedAt, onWindowChange }: { summary: DashboardSummary; receivedAt: number; onWindowChange: () => void }) {
  const w = summary.nextLottery;
  const { hoursText } = useRules();
  return (
    <DashCard id="dash-lottery" title="Next lottery window" icon={Ticket} to="/calendar" toLabel="Calendar" className="dash-lottery">
      {w ? (
        <WindowBody window={w} summary={summary} receivedAt={receivedAt} onWindowChange={onWindowChange} />
      ) : (
        <DashEmpty action={summary.nextTrip ? { to: `/trips/${summary.nextTrip.id}`, label: 'Open the trip' } : { to: '/trips', label: 'Plan a trip' }}>
          {summary.nextTrip
            ? 'None of the days of your next trip can be requested through the online lottery (the boutiques are closed on Sundays and holidays). Plan walk-ins instead, or add days to the trip.'
            : `Lottery windows come from the days of your trips: plan a trip to Paris and Carnet shows when to apply for each day, ${hoursText.hours} Paris time, the day before.`}
        </DashEmpty>
      )}
    </DashCard>
  );
}

function WindowBody({ window: w, summary, receivedAt, onWindowChange }: { window: NextLotteryWindow; summary: DashboardSummary; receivedAt: number; onWindowChange: () => void }) {
  const now = useJournalNow(summary.now, receivedAt);
  const opens = Date.parse(w.opensAt);
  const closes = Date.parse(w.closesAt);
  const open = now >= opens && now < closes;
  const remaining = open ? closes - now : opens - now;

  // When the window opens or closes, ask the journal again (the next window may be another day's).
  const asked = useRef(false);
  useEffect(() => {
    const passed = open ? now >= closes : now >= opens;
    if (passed && !asked.current) {
      asked.current = true;
      onWindowChange();
    }
  }, [now, open, opens, closes, onWindowChange]);

  const local = w.local;
  const showLocal = local.zone !== PARIS_ZONE && (local.opensLocal !== parisTime(w.opensAt) || local.applyOnLocalDay !== w.applyOn);

  return (
    <div className={`dash-lottery-body${open ? ' dash-lottery-body--open' : ''}`}>
      <div className="dash-countdown-block">
        <p className="dash-countdown-label">{open ? 'Open now · closes in' : 'Opens in'}</p>
        <p className="dash-countdown" role="timer" aria-label={`${open ? 'Closes in' : 'Opens in'} ${countdownText(remaining)}`}>
          {countdownParts(remaining).map((p) => (
            <span key={p.unit} className="dash-countdown-part">
              <strong>{p.value}</strong> {p.unit}
            </span>
          ))}
        </p>
        <p className="dash-countdown-note">From France, on a local Wi-Fi network. Carnet never applies for you.</p>
      </div>
      <div className="dash-lottery-facts">
        <p className="dash-lottery-for">
          For an appointment on <strong>{formatDay(w.appointmentDay)}</strong>
        </p>
        <p>
          Apply on <strong>{formatDay(w.applyOn)}</strong>, {parisTime(w.opensAt)}–{parisTime(w.closesAt)} Paris time
        </p>
        {showLocal && (
          <p className="muted">
            That is {local.opensLocal}–{local.closesLocal}
            {local.closesLocalDay !== local.applyOnLocalDay ? ` (${formatDay(local.closesLocalDay, false)})` : ''} on {formatDay(local.applyOnLocalDay, false)} in {zoneName(local.zone)}.
          </p>
        )}
        <p>
          {w.registered} of {w.applicants} {w.applicants === 1 ? 'request' : 'possible requests'} registered
          <span className="muted"> · each adult may apply on their own phone</span>
        </p>
        {w.beforeTripStarts && (
          <p className="dash-warn">
            <AlertTriangle size={14} aria-hidden /> This is the day before the trip starts: you must already be in France to apply.
          </p>
        )}
        <p className="dash-footnote">
          <a href={href(`/trips/${w.tripId}`)}>{w.tripTitle}</a>
          {w.laterWindows > 0 && (
            <span className="muted">
              {' '}
              · {w.laterWindows} more window{w.laterWindows === 1 ? '' : 's'} during your trips
            </span>
          )}
        </p>
      </div>
    </div>
  );
}
