import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { missedSince, nextReminders, ReminderScheduler, remindersBetween } from '../../src/main/reminders';
import { contentHash, harness } from './helpers';

/** A trip 5–9 Dec 2026 (Sat–Wed) with an adult and a minor companion. */
function december(now = '2026-11-23T10:00:00.000Z') {
  const h = harness({ clock: () => new Date(now) });
  const trip = h.call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-05',
    endDay: '2026-12-09',
    companions: [
      { name: 'Anna', adult: true },
      { name: 'Léo', adult: false },
    ],
  });
  return { ...h, trip, anna: trip.companions[0]!.id };
}

describe('reminders.upcoming: the planned windows', () => {
  it('plans each bookable day of a trip for the user and each adult companion, in the default 14 days', () => {
    const { call, trip, anna } = december();
    const windows = call('reminders.upcoming', undefined);
    // 23 Nov + 14 days reaches Mon 7 Dec 10:00 UTC: the windows for Sat 5, Mon 7 and Tue 8 open before it;
    // Sun 6 Dec cannot be booked; Wed 9 (applied for on Tue 8) opens later.
    expect(windows.map((w) => [w.appointmentDay, w.applyOn, w.opensAt, w.closesAt])).toEqual([
      ['2026-12-05', '2026-12-04', '2026-12-04T10:30:00.000+01:00', '2026-12-04T19:00:00.000+01:00'],
      ['2026-12-07', '2026-12-05', '2026-12-05T10:30:00.000+01:00', '2026-12-05T19:00:00.000+01:00'],
      ['2026-12-08', '2026-12-07', '2026-12-07T10:30:00.000+01:00', '2026-12-07T19:00:00.000+01:00'],
    ]);
    expect(windows[1]).toEqual({
      appointmentDay: '2026-12-07',
      applyOn: '2026-12-05',
      opensAt: '2026-12-05T10:30:00.000+01:00',
      closesAt: '2026-12-05T19:00:00.000+01:00',
      trips: [{ id: trip.id, title: 'Paris in December' }],
      applicants: [
        { companionId: null, name: 'You', attemptId: null, stepReached: null, result: null, done: false },
        { companionId: anna, name: 'Anna', attemptId: null, stepReached: null, result: null, done: false },
      ],
      reminders: [
        { kind: 'opens', at: '2026-12-05T09:30:00.000Z' },
        { kind: 'closing', at: '2026-12-05T17:00:00.000Z' },
      ],
    });
  });

  it('keeps windows still open at `from` and drops those closed before it', () => {
    const { call } = december();
    const during = call('reminders.upcoming', { from: '2026-12-05T17:59:59.000Z', to: '2026-12-05T18:00:00.000Z' });
    expect(during.map((w) => w.appointmentDay)).toEqual(['2026-12-07']);
    const after = call('reminders.upcoming', { from: '2026-12-05T18:00:00.000Z', to: '2026-12-06T18:00:00.000Z' });
    expect(after).toEqual([]);
  });

  it('a registered attempt or a known result ends the reminders for that person; the window goes when all are done', () => {
    const { call, trip, anna } = december('2026-12-05T10:00:00.000Z'); // Saturday 11:00 Paris: Monday's window is open
    const range = { from: '2026-12-05T00:00:00.000Z', to: '2026-12-05T23:00:00.000Z' };
    const mine = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id });
    call('attempts.markStep', { id: mine.id, step: 'form_accepted' });
    let [w] = call('reminders.upcoming', range);
    expect(w!.applicants.map((a) => [a.name, a.attemptId, a.stepReached, a.done])).toEqual([
      ['You', mine.id, 'form_accepted', false],
      ['Anna', null, null, false],
    ]);
    for (const step of ['email_received', 'link_clicked', 'registered'] as const) call('attempts.markStep', { id: mine.id, step });
    [w] = call('reminders.upcoming', range);
    expect(w!.applicants.map((a) => [a.name, a.done])).toEqual([
      ['You', true],
      ['Anna', false],
    ]);
    const hers = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id, companionId: anna });
    call('attempts.update', { id: hers.id, result: 'cancelled' });
    expect(call('reminders.upcoming', range)).toEqual([]);
  });

  it('a lottery attempt outside any trip plans its own window; other methods and non-bookable days plan nothing', () => {
    const { call } = december();
    const a = call('attempts.create', { method: 'lottery', wantedDay: '2027-02-15' });
    call('attempts.create', { method: 'walk_in', wantedDay: '2027-02-16' });
    // A Sunday recorded while the user had it marked open, then the opening taken back.
    call('calendarOverrides.set', { day: '2027-02-14', kind: 'open', note: null });
    call('attempts.create', { method: 'lottery', wantedDay: '2027-02-14' });
    call('calendarOverrides.delete', { day: '2027-02-14' });
    const windows = call('reminders.upcoming', { from: '2027-02-01T00:00:00.000Z', to: '2027-02-28T00:00:00.000Z' });
    expect(windows.map((w) => [w.appointmentDay, w.applyOn, w.trips, w.applicants.map((p) => [p.name, p.attemptId])])).toEqual([
      ['2027-02-15', '2027-02-13', [], [['You', a.id]]],
    ]);
  });

  it("follows the user's calendar: a closure moves the apply day back, an open Sunday becomes bookable", () => {
    const { call } = december();
    call('calendarOverrides.set', { day: '2026-12-05', kind: 'closed', note: 'Inventory' });
    call('calendarOverrides.set', { day: '2026-12-06', kind: 'open', note: 'Christmas Sunday opening' });
    const windows = call('reminders.upcoming', { from: '2026-12-03T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(windows.map((w) => [w.appointmentDay, w.applyOn])).toEqual([
      // Sat 5 is closed: no window for it, and Sun 6 (open) is applied for on Fri 4, like Sat 5 would have been.
      ['2026-12-06', '2026-12-04'],
      ['2026-12-07', '2026-12-06'],
    ]);
  });

  it.each([
    [{ from: '2026-12-05T00:00:00Z', to: '2026-12-04T00:00:00Z' }, ['to'], 'The end of the range must be on or after its start.'],
    [{ from: '2026-01-01T00:00:00Z', to: '2027-03-01T00:00:00Z' }, ['to'], 'Ask for at most 400 days of reminders at once.'],
    [{ from: '2026-12-05' }, ['from'], 'Enter a date and time with its zone, like 2026-12-07T10:30:00+01:00.'],
    [{ until: '2026-12-05T00:00:00Z' }, [], 'Unknown field: until.'],
  ])('refuses %j with a message on %j', (input, path, message) => {
    const { journal, fail } = december();
    const before = contentHash(journal);
    const error = fail('reminders.upcoming', input);
    expect(error).toEqual({ code: 'invalid_input', message, issues: [{ path, message }] });
    expect(contentHash(journal)).toBe(before);
  });
});

describe('reminder texts', () => {
  it('says each time in Paris and in the home zone, naming the local day when it differs', () => {
    const { call, journal } = december();
    call('settings.update', { homeZone: 'America/New_York' });
    const [opens, closing] = remindersBetween(journal, '2026-12-05T00:00:00.000Z', '2026-12-05T23:59:00.000Z');
    expect(opens).toMatchObject({
      id: '2026-12-07:opens:2026-12-05T09:30:00.000Z',
      kind: 'opens',
      at: '2026-12-05T09:30:00.000Z',
      title: 'Lottery open: apply for Mon 7 Dec',
      body: 'Open until 19:00 Paris (13:00 New York). You and Anna can apply now, from France on a local Wi-Fi network.',
    });
    expect(closing).toMatchObject({
      kind: 'closing',
      at: '2026-12-05T17:00:00.000Z',
      title: 'Lottery closes in 1 hour: apply for Mon 7 Dec',
      body: 'Closes at 19:00 Paris (13:00 New York). Not registered yet: you and Anna.',
    });
    call('settings.update', { homeZone: 'Asia/Tokyo' });
    const [, tokyo] = remindersBetween(journal, '2026-12-05T00:00:00.000Z', '2026-12-05T23:59:00.000Z');
    expect(tokyo!.body).toBe('Closes at 19:00 Paris (Sun 6 Dec 03:00 Tokyo). Not registered yet: you and Anna.');
    call('settings.update', { homeZone: 'Europe/Paris' });
    const [paris] = remindersBetween(journal, '2026-12-05T00:00:00.000Z', '2026-12-05T23:59:00.000Z');
    expect(paris!.body).toBe('Open until 19:00 Paris. You and Anna can apply now, from France on a local Wi-Fi network.');
  });

  it('nextReminders lists what is still to come, in order, after now', () => {
    const { journal } = december();
    const next = nextReminders(journal, '2026-12-05T09:30:00.000Z');
    expect(next.slice(0, 3).map((r) => [r.window.appointmentDay, r.kind, r.at])).toEqual([
      ['2026-12-07', 'closing', '2026-12-05T17:00:00.000Z'],
      ['2026-12-08', 'opens', '2026-12-07T09:30:00.000Z'],
      ['2026-12-08', 'closing', '2026-12-07T17:00:00.000Z'],
    ]);
    expect(next).toHaveLength(5); // and Wed 9 (applied for on Tue 8)
  });
});

describe('missedSince: windows that passed while the app was closed', () => {
  it('says a window is still open, with the time left, or that it opened and closed', () => {
    const { journal, call } = december();
    call('settings.update', { homeZone: 'America/New_York' });
    const open = missedSince(journal, '2026-12-05T08:00:00.000Z', '2026-12-05T15:20:00.000Z');
    expect(open.map((m) => [m.window.appointmentDay, m.state, m.title, m.body])).toEqual([
      [
        '2026-12-07',
        'open',
        'Lottery open now: apply for Mon 7 Dec',
        'The window opened while Carnet was closed. It is open until 19:00 Paris (13:00 New York), 2 h 40 min from now. Not registered yet: you and Anna.',
      ],
    ]);
    const closed = missedSince(journal, '2026-12-03T20:00:00.000Z', '2026-12-05T20:00:00.000Z');
    expect(closed.map((m) => [m.window.appointmentDay, m.state])).toEqual([
      ['2026-12-05', 'closed'],
      ['2026-12-07', 'closed'],
    ]);
    expect(closed[1]!.body).toBe(
      'The window for Mon 7 Dec (Sat 5 Dec, 10:30 Paris (04:30 New York) to 19:00 Paris (13:00 New York)) opened and closed while Carnet was closed; no registered request is recorded for you and Anna.',
    );
    // Nothing missed when the app ran through, or when the clock went back.
    expect(missedSince(journal, '2026-12-05T15:20:00.000Z', '2026-12-05T15:30:00.000Z')).toEqual([]);
    expect(missedSince(journal, '2026-12-06T00:00:00.000Z', '2026-12-05T00:00:00.000Z')).toEqual([]);
  });
});

describe('ReminderScheduler (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A scheduler on a journal whose clock is the faked Date. */
  function scheduled(start: string, zone = 'America/New_York') {
    vi.setSystemTime(new Date(start));
    const h = harness();
    h.call('settings.update', { homeZone: zone });
    const notes: { at: string; title: string; body: string }[] = [];
    const scheduler = new ReminderScheduler({
      journal: h.journal,
      notify: (title, body) => notes.push({ at: new Date().toISOString(), title, body }),
    });
    return { ...h, notes, scheduler };
  }

  it('notifies at the opening and one hour before closing, right through the March clock change', () => {
    // Paris moves to summer time on Sun 29 Mar 2026; New York moved on 8 Mar.
    const { call, notes, scheduler } = scheduled('2026-03-26T12:00:00.000Z');
    call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2026-03-28', endDay: '2026-03-31' });
    scheduler.start();
    vi.advanceTimersByTime(new Date('2026-03-27T09:29:59.999Z').getTime() - Date.now());
    expect(notes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(notes).toEqual([
      {
        at: '2026-03-27T09:30:00.000Z',
        title: 'Lottery open: apply for Sat 28 Mar',
        body: 'Open until 19:00 Paris (14:00 New York). You can apply now, from France on a local Wi-Fi network.',
      },
    ]);
    vi.advanceTimersByTime(new Date('2026-04-01T00:00:00.000Z').getTime() - Date.now());
    expect(notes.map((n) => [n.at, n.title])).toEqual([
      ['2026-03-27T09:30:00.000Z', 'Lottery open: apply for Sat 28 Mar'],
      ['2026-03-27T17:00:00.000Z', 'Lottery closes in 1 hour: apply for Sat 28 Mar'],
      // Sat 28 Mar, still winter time in Paris: 10:30 = 09:30 UTC = 05:30 in New York.
      ['2026-03-28T09:30:00.000Z', 'Lottery open: apply for Mon 30 Mar'],
      ['2026-03-28T17:00:00.000Z', 'Lottery closes in 1 hour: apply for Mon 30 Mar'],
      // Mon 30 Mar, summer time: 10:30 Paris = 08:30 UTC = 04:30 in New York.
      ['2026-03-30T08:30:00.000Z', 'Lottery open: apply for Tue 31 Mar'],
      ['2026-03-30T16:00:00.000Z', 'Lottery closes in 1 hour: apply for Tue 31 Mar'],
    ]);
    expect(notes[3]!.body).toBe('Closes at 19:00 Paris (14:00 New York). Not registered yet: you.');
    expect(notes[5]!.body).toBe('Closes at 19:00 Paris (13:00 New York). Not registered yet: you.');
    scheduler.stop();
  });

  it('October: Paris returns to winter time a week before New York', () => {
    // Paris: Sun 25 Oct 2026; New York: Sun 1 Nov 2026.
    const { call, notes, scheduler } = scheduled('2026-10-22T00:00:00.000Z');
    call('trips.create', { title: 'Autumn', city: 'Paris', startDay: '2026-10-26', endDay: '2026-10-27' });
    scheduler.start();
    vi.advanceTimersByTime(new Date('2026-10-28T00:00:00.000Z').getTime() - Date.now());
    // Sat 24 Oct (summer time in both): 10:30 Paris = 08:30 UTC = 04:30 New York; Mon 26 Oct: 09:30 UTC = 05:30 New York.
    expect(notes.map((n) => [n.at, n.body.split('.')[0]])).toEqual([
      ['2026-10-24T08:30:00.000Z', 'Open until 19:00 Paris (13:00 New York)'],
      ['2026-10-24T16:00:00.000Z', 'Closes at 19:00 Paris (13:00 New York)'],
      ['2026-10-26T09:30:00.000Z', 'Open until 19:00 Paris (14:00 New York)'],
      ['2026-10-26T17:00:00.000Z', 'Closes at 19:00 Paris (14:00 New York)'],
    ]);
    scheduler.stop();
  });

  it('sleeps at most maxSleepMs, so what is recorded meanwhile is taken into account', () => {
    const { call, notes, scheduler } = scheduled('2026-12-04T12:00:00.000Z', 'Europe/Paris');
    scheduler.start();
    // The trip is added after the scheduler started; nobody calls refresh().
    const trip = call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-07' });
    vi.advanceTimersByTime(new Date('2026-12-05T09:30:00.000Z').getTime() - Date.now());
    expect(notes.map((n) => n.title)).toEqual(['Lottery open: apply for Mon 7 Dec']);
    // Registered before the closing reminder: no second notification.
    const a = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id });
    for (const step of ['form_accepted', 'email_received', 'link_clicked', 'registered'] as const) call('attempts.markStep', { id: a.id, step });
    vi.advanceTimersByTime(24 * 3600 * 1000);
    expect(notes).toHaveLength(1);
    expect(scheduler.upcoming()).toEqual([]);
    scheduler.stop();
  });

  it('refresh() re-plans at once; stop() silences it', () => {
    const { call, notes, scheduler } = scheduled('2026-12-04T12:00:00.000Z', 'Europe/Paris');
    scheduler.start();
    call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-07' });
    scheduler.refresh();
    expect(scheduler.upcoming().map((r) => r.at)).toEqual(['2026-12-05T09:30:00.000Z', '2026-12-05T17:00:00.000Z']);
    scheduler.stop();
    expect(scheduler.running).toBe(false);
    vi.advanceTimersByTime(2 * 24 * 3600 * 1000);
    expect(notes).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on start, says which windows passed while the app was closed; after a long sleep, one notice per window', () => {
    const { call, notes, scheduler } = scheduled('2026-12-05T15:00:00.000Z', 'Europe/Paris');
    call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-08' });
    const missed = scheduler.start('2026-12-03T12:00:00.000Z');
    expect(missed.map((m) => [m.window.appointmentDay, m.state])).toEqual([
      ['2026-12-05', 'closed'],
      ['2026-12-07', 'open'],
    ]);
    expect(notes.map((n) => n.title)).toEqual(['Lottery window missed: Sat 5 Dec', 'Lottery open now: apply for Mon 7 Dec']);
    expect(scheduler.lastRun).toBe('2026-12-05T15:00:00.000Z');
    // The computer sleeps from 16:59 on Sat 5 Dec to 20:00 on Mon 7 Dec: the end of the window for
    // Mon 7 and the whole window for Tue 8 passed.
    notes.length = 0;
    vi.advanceTimersByTime(new Date('2026-12-05T16:59:00.000Z').getTime() - Date.now());
    vi.setSystemTime(new Date('2026-12-07T20:00:00.000Z'));
    vi.advanceTimersByTime(10 * 60 * 1000);
    expect(notes.map((n) => n.title)).toEqual(['Lottery window missed: Mon 7 Dec', 'Lottery window missed: Tue 8 Dec']);
    scheduler.stop();
  });
});
