/**
 * The calendar export, read back with ical.js — a parser independent of ical-generator, which
 * wrote it. Only the VTIMEZONE components inside the file are registered with ical.js, so the
 * instants it computes prove those components right.
 */
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { lotteryWindow } from '../../src/shared/domain/lottery';
import { seedJournal } from './fixtures/data-seed';
import { harness } from './helpers';

let clockAt = '2026-11-23T10:00:00.000Z';
const clock = () => new Date(clockAt);

interface Parsed {
  uid: string;
  summary: string;
  /** ISO instant (UTC) for timed events; 'YYYY-MM-DD' for all-day ones. */
  start: string;
  end: string;
  zone: string | null;
  allDay: boolean;
}

function read(content: string): { events: Parsed[]; zones: string[]; raw: ICAL.Component } {
  const first = new ICAL.Component(ICAL.parse(content));
  const zones = first.getAllSubcomponents('vtimezone').map((tz) => {
    ICAL.TimezoneService.register(tz);
    return String(tz.getFirstPropertyValue('tzid'));
  });
  const raw = new ICAL.Component(ICAL.parse(content));
  const events = raw.getAllSubcomponents('vevent').map((ve) => {
    const e = new ICAL.Event(ve);
    const allDay = e.startDate.isDate;
    const at = (t: ICAL.Time) => (allDay ? t.toString() : t.toJSDate().toISOString());
    return { uid: e.uid, summary: e.summary, start: at(e.startDate), end: at(e.endDate), zone: allDay ? null : e.startDate.zone?.tzid ?? null, allDay };
  });
  return { events, zones, raw };
}

function seeded() {
  const h = harness({ clock });
  const s = seedJournal(h.dispatch);
  return { ...h, s };
}

beforeEach(() => {
  ICAL.TimezoneService.reset();
  clockAt = '2026-11-23T10:00:00.000Z';
});

/** News of the special order during the trip, recorded once it happened (steps are never dated ahead). */
function newsDuringTrip(call: ReturnType<typeof seeded>['call'], orderId: number): void {
  clockAt = '2026-12-20T10:00:00.000Z';
  call('specialOrders.addEvent', { orderId, status: 'waiting', day: '2026-12-06', note: 'Élodie: the atelier confirmed' });
  call('specialOrders.addEvent', { orderId, status: 'waiting', day: '2026-12-08', note: 'Leather chosen' });
}

describe('calendar export (.ics)', () => {
  it('exports trips, lottery windows, granted appointments and special-order milestones, at the right instants', () => {
    const { call } = seeded();
    const file = call('data.exportIcs', { scope: 'all' });
    expect(file.fileName).toBe('carnet-calendar.ics');
    expect(file.mimeType).toBe('text/calendar');
    const { events, zones } = read(file.content);
    expect(file.events).toBe(events.length);
    expect(zones).toEqual(['Europe/Paris']);

    const bySummary = Object.fromEntries(events.map((e) => [e.summary, e]));
    expect(bySummary['Paris, décembre (Paris)']).toEqual({
      uid: 'trip-1-20261123100000000@carnet',
      summary: 'Paris, décembre (Paris)',
      start: '2026-12-05',
      end: '2026-12-10', // the day after the last day: all-day ends are exclusive
      zone: null,
      allDay: true,
    });
    expect(bySummary['Leather appointment · George V']).toMatchObject({
      uid: 'appointment-1-20261123100000000@carnet',
      start: '2026-12-07T13:30:00.000Z',
      end: '2026-12-07T14:30:00.000Z',
      zone: 'Europe/Paris',
    });
    expect(bySummary['Special order Kelly 25: Offered']).toMatchObject({ start: '2026-10-06', end: '2026-10-07', allDay: true });
    expect(bySummary['Special order Kelly 25: Placed']).toMatchObject({ start: '2026-10-08', end: '2026-10-09', allDay: true });
    expect(bySummary['Special order Kelly 25: expected to arrive']).toMatchObject({ start: '2027-06-01', end: '2027-10-01', allDay: true });

    // A window for each bookable day of the Paris trip (Sunday 6 December is closed), from the shared rule.
    const windows = events.filter((e) => e.uid.startsWith('lottery-window-'));
    expect(windows.map((w) => w.uid)).toEqual(['2026-12-05', '2026-12-07', '2026-12-08', '2026-12-09'].map((d) => `lottery-window-${d}@carnet`));
    for (const w of windows) {
      const day = w.uid.slice('lottery-window-'.length, 'lottery-window-'.length + 10);
      const rule = lotteryWindow(day, { closures: ['2026-12-24'] });
      if (!rule.bookable) throw new Error('expected a bookable day');
      expect(w.start).toBe(new Date(rule.opensAt).toISOString());
      expect(w.end).toBe(new Date(rule.closesAt).toISOString());
      expect(w.zone).toBe('Europe/Paris');
    }
    // Monday 7 December: apply on Saturday 5 December, 10:30–19:00 Paris (UTC+1 in winter).
    expect(windows[1]).toMatchObject({ start: '2026-12-05T09:30:00.000Z', end: '2026-12-05T18:00:00.000Z' });
    expect(events).toHaveLength(1 + 4 + 1 + 3);
  });

  it('writes Paris wall-clock times with TZID and a VTIMEZONE that is right in summer and winter', () => {
    const { call } = seeded();
    call('trips.create', { title: 'Summer', city: 'Paris', startDay: '2027-07-12', endDay: '2027-07-13', boutiqueIds: [1] });
    call('attempts.create', { method: 'lottery', wantedDay: '2027-07-13', boutiqueId: 3, result: 'granted', appointmentAt: '2027-07-13T11:00:00+02:00' });
    const { content } = call('data.exportIcs', undefined);
    expect(content).toContain('DTSTART;TZID=Europe/Paris:20270713T110000');
    expect(content).toContain('DTSTART;TZID=Europe/Paris:20261207T143000');
    expect(content).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris\r\n/);
    expect(content).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT');
    expect(content).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD');
    const { events } = read(content);
    const summer = events.find((e) => e.summary === 'Leather appointment · Sèvres')!;
    expect(summer.start).toBe('2027-07-13T09:00:00.000Z');
    const summerWindow = events.find((e) => e.uid === 'lottery-window-2027-07-13@carnet')!;
    expect(summerWindow).toMatchObject({ start: '2027-07-12T08:30:00.000Z', end: '2027-07-12T17:00:00.000Z' });
  });

  it('puts an appointment at a home store on that store’s clock, with its own VTIMEZONE', () => {
    const { call, s } = seeded();
    call('attempts.create', { method: 'home_sa', wantedDay: '2027-03-10', boutiqueId: s.homeBoutiqueId, result: 'granted', appointmentAt: '2027-03-10T15:00:00-05:00' });
    call('attempts.create', { method: 'home_sa', wantedDay: '2027-03-20', boutiqueId: s.homeBoutiqueId, result: 'granted', appointmentAt: '2027-03-20T15:00:00-04:00' });
    const { content } = call('data.exportIcs', undefined);
    const { events, zones } = read(content);
    expect(zones.sort()).toEqual(['America/New_York', 'Europe/Paris']);
    const madison = events.filter((e) => e.summary === 'Leather appointment · Hermès Madison');
    // Before and after the US clock change of 14 March 2027.
    expect(madison.map((e) => [e.start, e.zone])).toEqual([
      ['2027-03-10T20:00:00.000Z', 'America/New_York'],
      ['2027-03-20T19:00:00.000Z', 'America/New_York'],
    ]);
    expect(content).toContain('DTSTART;TZID=America/New_York:20270320T150000');
  });

  it('keeps UIDs stable, so importing a newer export updates events instead of duplicating them', () => {
    const { call, s } = seeded();
    const before = read(call('data.exportIcs', undefined).content).events;
    call('trips.update', { id: s.tripId, title: 'Paris, Noël' });
    call('attempts.update', { id: s.attemptIds[0]!, appointmentAt: '2026-12-07T16:00:00+01:00' });
    const after = read(call('data.exportIcs', undefined).content).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
    expect(after.find((e) => e.uid.startsWith('trip-'))!.summary).toBe('Paris, Noël (Paris)');
    expect(after.find((e) => e.uid.startsWith('appointment-'))!.start).toBe('2026-12-07T15:00:00.000Z');
    // A narrower export names the same events by the same UIDs.
    const tripOnly = read(call('data.exportIcs', { scope: 'trip', tripId: s.tripId }).content).events;
    for (const e of tripOnly) expect(after.map((a) => a.uid)).toContain(e.uid);
  });

  it('exports one trip: the trip, its windows, its appointments and what happened during it', () => {
    const { call, s } = seeded();
    newsDuringTrip(call, s.orderId);
    const tokyo = call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-04-01', endDay: '2027-04-05', timeZone: 'Asia/Tokyo' });
    const file = call('data.exportIcs', { scope: 'trip', tripId: s.tripId });
    expect(file.fileName).toBe('carnet-trip-paris-decembre.ics');
    const { events } = read(file.content);
    expect(events.map((e) => e.summary)).not.toContain('Tokyo (Tokyo)');
    expect(events.map((e) => e.summary)).toContain('Special order Kelly 25: Waiting');
    expect(events.map((e) => e.summary)).not.toContain('Special order Kelly 25: Placed'); // in October, before the trip
    expect(events.map((e) => e.summary)).not.toContain('Special order Kelly 25: expected to arrive');
    expect(events).toHaveLength(1 + 4 + 1 + 2);
    // A trip outside Paris has no lottery windows.
    const tokyoEvents = read(call('data.exportIcs', { scope: 'trip', tripId: tokyo.id }).content).events;
    expect(tokyoEvents.map((e) => e.summary)).toEqual(['Tokyo (Tokyo)']);
  });

  it('exports a range of days, and follows the calendar’s closures', () => {
    const { call, s } = seeded();
    newsDuringTrip(call, s.orderId);
    call('calendarOverrides.set', { day: '2026-12-05', kind: 'closed', note: 'Strike' });
    const file = call('data.exportIcs', { scope: 'range', from: '2026-12-07', to: '2026-12-08' });
    expect(file.fileName).toBe('carnet-calendar-2026-12-07-to-2026-12-08.ics');
    const { events } = read(file.content);
    expect(events.map((e) => e.uid.replace(/-\d{17}@/, '@')).sort()).toEqual(
      ['appointment-1@carnet', 'lottery-window-2026-12-07@carnet', 'lottery-window-2026-12-08@carnet', 'special-order-step-4@carnet', 'trip-1@carnet'].sort(),
    );
    // Saturday 5 December closed: the window for Monday 7 December moves back to Friday 4 December.
    expect(events.find((e) => e.uid === 'lottery-window-2026-12-07@carnet')).toMatchObject({ start: '2026-12-04T09:30:00.000Z' });
  });

  it('writes an RFC 5545 file: CRLF lines of at most 75 octets, one VCALENDAR, a PRODID, escaped text', () => {
    const { call } = seeded();
    const { content } = call('data.exportIcs', undefined);
    expect(content.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Carnet//Carnet journal//EN\r\n')).toBe(true);
    expect(content.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const lines = content.split('\r\n');
    expect(lines.some((l) => l.includes('\n'))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { raw } = read(content);
    const appt = raw.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('summary')).startsWith('Leather'))!;
    expect(appt.getFirstPropertyValue('location')).toBe('Hermès George V, 42 Avenue George V, 75008 Paris, France');
  });

  it('refuses a bad scope and an unknown trip with typed errors', () => {
    const { fail } = seeded();
    expect(fail('data.exportIcs', { scope: 'range', from: '2026-12-08', to: '2026-12-01' }).issues).toEqual([
      { path: ['to'], message: 'The end day must be on or after the start day.' },
    ]);
    expect(fail('data.exportIcs', { scope: 'week' }).code).toBe('invalid_input');
    expect(fail('data.exportIcs', { scope: 'trip' }).issues?.[0]?.path).toEqual(['tripId']);
    expect(fail('data.exportIcs', { scope: 'trip', tripId: 99 })).toEqual({ code: 'not_found', message: 'Trip 99 does not exist (it may have been deleted).' });
  });
});
