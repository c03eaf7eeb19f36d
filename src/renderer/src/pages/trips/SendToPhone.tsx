/**
 * "Send to my phone": the trip's lottery windows and appointments as one calendar file, with
 * their reminders, so the phone rings in Paris at the window's opening — Carnet itself stays
 * offline and sends nothing: the user carries the file (AirDrop, an e-mail to themselves, a
 * cable). The dialog says what the file holds and when its reminders ring before saving it.
 */
import { DateTime } from 'luxon';
import { Smartphone } from 'lucide-react';
import { useState } from 'react';
import type { Trip } from '../../../../shared/api/trips';
import type { LotteryWindow } from '../../../../shared/domain/lottery';
import { PARIS_ZONE } from '../../../../shared/domain/lottery';
import { request } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { saveFile } from '../../lib/save-file';
import { zoneCity } from '../appointments/time';
import { useTripWindows, type TripData } from './use-trip-data';

const clock = (iso: string, zone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone).toFormat('HH:mm');
const spoken = (iso: string, zone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale('en-GB').toFormat('ccc d LLL, HH:mm');
const minus = (iso: string, minutes: number) => DateTime.fromISO(iso, { setZone: true }).minus({ minutes }).toISO()!;

/** The button on the trip page: the windows are those the trip page shows. */
export function TripSendToPhone({ trip, data }: { trip: Trip; data: Pick<TripData, 'overrides' | 'boutiques'> }) {
  const { windows } = useTripWindows(trip, data);
  return <SendToPhoneButton trip={trip} windows={windows} />;
}

export function SendToPhoneButton({ trip, windows }: { trip: Trip; windows: LotteryWindow[] | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <Smartphone size={16} aria-hidden /> Send to my phone
      </button>
      {open && <SendToPhoneDialog trip={trip} windows={windows} onClose={() => setOpen(false)} />}
    </>
  );
}

function SendToPhoneDialog({ trip, windows, onClose }: { trip: Trip; windows: LotteryWindow[] | null; onClose: () => void }) {
  const settings = useChannel('settings.get');
  const [saved, setSaved] = useState<{ fileName: string; events: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = settings.data;
  const bookable = (windows ?? []).filter((w): w is Extract<LotteryWindow, { bookable: true }> => w.bookable);
  const first = bookable[0];
  const home = s && s.homeZone !== PARIS_ZONE ? s.homeZone : null;
  const at = (iso: string) => `${spoken(iso, PARIS_ZONE)} Paris${home ? ` (${clock(iso, home)} ${zoneCity(home)})` : ''}`;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await request('data.exportIcs', { scope: 'trip', tripId: trip.id });
      saveFile(file);
      setSaved({ fileName: file.fileName, events: file.events });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The calendar file could not be made; nothing was saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Send the trip to your phone"
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy || !s}>
            Save the calendar file
          </button>
        </>
      }
    >
      <div className="phone-send">
        <p>
          One calendar file with this trip{bookable.length > 0 ? `, its ${bookable.length} lottery window${bookable.length === 1 ? '' : 's'}` : ''} and its granted appointments. Carnet sends nothing
          itself: move the file to your phone — AirDrop, an e-mail to yourself, or a cable — and open it there. Your phone’s calendar adds the events and rings the reminders
          wherever you are, at the Paris times.
        </p>
        {s && first && s.calendarAlarms && (
          <div className="phone-send-alarms">
            <p className="phone-send-title">The reminders of the first window ({DateTime.fromISO(first.appointmentDay).setLocale('en-GB').toFormat('ccc d LLL')})</p>
            <ul>
              <li>
                {at(minus(first.opensAt, s.alarmOpeningMinutes))} — {s.alarmOpeningMinutes === 0 ? 'the window opens' : `${s.alarmOpeningMinutes} min before it opens`}
              </li>
              <li>
                {at(minus(first.closesAt, s.alarmClosingMinutes))} — {s.alarmClosingMinutes === 0 ? 'the window closes' : `${s.alarmClosingMinutes} min before it closes`}
              </li>
            </ul>
            <p className="muted small">
              Appointments ring {s.appointmentAlarmMinutes} min before. Change when they ring in <a href={href('/settings')}>Settings › Calendar reminders</a>.
            </p>
          </div>
        )}
        {s && !s.calendarAlarms && (
          <p className="banner banner--info">
            Reminders are off in Settings › Calendar reminders: the file holds the events without alarms. Turn them on there to have the phone ring.
          </p>
        )}
        {bookable.length === 0 && <p className="muted">This trip has no lottery window: the file holds the trip and any appointments.</p>}
        <ul className="phone-send-steps">
          <li>
            <strong>iPhone:</strong> open the file from Mail or Files, then “Add all”.
          </li>
          <li>
            <strong>Android:</strong> open it with Google Calendar (or your calendar app) and choose the calendar to add it to.
          </li>
        </ul>
        <p className="muted small">The printed trip sheet also carries a code per window: scan it with the phone’s camera to add that window (set its reminder on the phone).</p>
        {saved && (
          <p className="banner banner--info" role="status">
            Saved {saved.fileName}: {saved.events} event{saved.events === 1 ? '' : 's'}.
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
