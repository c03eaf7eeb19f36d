import { describe, expect, it } from 'vitest';
import type { AttemptCreateInput } from '../../src/shared/api/attempts';
import { contentHash, harness } from './helpers';

const NOW = '2026-12-05T09:45:00.000Z';

/** A journal with the three Paris boutiques, a trip with two companions and a second trip. */
function setup() {
  const h = harness({ clock: () => new Date(NOW) });
  const [fsh, georgeV, sevres] = h.call('boutiques.list', undefined).filter((b) => b.code !== null);
  const paris = h.call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-05',
    endDay: '2026-12-12',
    companions: [{ name: 'Anna', adult: true }, { name: 'Sam', adult: true }],
  });
  const spring = h.call('trips.create', {
    title: 'Paris in spring',
    city: 'Paris',
    startDay: '2027-04-10',
    endDay: '2027-04-14',
    companions: [{ name: 'Léa', adult: true }],
  });
  return { ...h, fsh: fsh!, georgeV: georgeV!, sevres: sevres!, paris, spring };
}

const lottery = (extra: Partial<AttemptCreateInput> = {}): AttemptCreateInput => ({ method: 'lottery', wantedDay: '2026-12-07', ...extra });

function addContact(journal: ReturnType<typeof setup>['journal'], boutiqueId: number): number {
  const r = journal.sqlite
    .prepare("INSERT INTO contacts (name, role, boutique_id, created_at, updated_at) VALUES ('Camille', 'sa', ?, ?, ?)")
    .run(boutiqueId, NOW, NOW);
  return Number(r.lastInsertRowid);
}

describe('attempts: records', () => {
  it('creates an attempt with its defaults and reads it back', () => {
    const { call, fsh, paris } = setup();
    const a = call('attempts.create', lottery({ boutiqueId: fsh.id, tripId: paris.id, companionId: paris.companions[1]!.id }));
    expect(a).toEqual({
      id: a.id,
      method: 'lottery',
      wantedDay: '2026-12-07',
      boutiqueId: fsh.id,
      tripId: paris.id,
      companionId: paris.companions[1]!.id,
      contactId: null,
      formAcceptedAt: null,
      emailReceivedAt: null,
      linkClickedAt: null,
      registeredAt: null,
      stepReached: 'none',
      blockedCount: 0,
      blockedNote: null,
      result: 'pending',
      appointmentAt: null,
      originalAppointmentAt: null,
      appointmentBoutiqueId: null,
      resultChannel: null,
      outcomeOffered: null,
      outcomeBought: null,
      notes: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(call('attempts.get', { id: a.id })).toEqual(a);
  });

  it('stores instants in UTC and keeps what happened at the appointment', () => {
    const { call, journal, sevres } = setup();
    const contactId = addContact(journal, sevres.id);
    const a = call('attempts.create', {
      method: 'sa_relationship',
      wantedDay: '2026-12-08',
      boutiqueId: sevres.id,
      contactId,
      result: 'granted',
      appointmentAt: '2026-12-08T15:30:00+01:00',
      outcomeOffered: 'Picotin 18 in Gold',
      outcomeBought: 'Oran sandals',
      notes: '  Camille arranged it.  ',
    });
    expect(a).toMatchObject({
      contactId,
      appointmentAt: '2026-12-08T14:30:00.000Z',
      outcomeOffered: 'Picotin 18 in Gold',
      outcomeBought: 'Oran sandals',
      notes: 'Camille arranged it.',
      stepReached: 'none',
    });
  });

  it('updates only the fields given', () => {
    const { call, fsh, georgeV } = setup();
    const a = call('attempts.create', lottery({ boutiqueId: fsh.id, notes: 'Try from the hotel Wi-Fi' }));
    const u = call('attempts.update', { id: a.id, boutiqueId: georgeV.id, wantedDay: '2026-12-08' });
    expect(u).toEqual({ ...a, boutiqueId: georgeV.id, wantedDay: '2026-12-08' });
    const cleared = call('attempts.update', { id: a.id, boutiqueId: null, notes: null });
    expect(cleared.boutiqueId).toBeNull();
    expect(cleared.notes).toBeNull();
    expect(cleared.wantedDay).toBe('2026-12-08');
  });

  it('deletes an attempt with its decision notes, and only its own', () => {
    const { call, fail, journal } = setup();
    const a = call('attempts.create', lottery());
    const b = call('attempts.create', lottery());
    const note = journal.sqlite.prepare(
      "INSERT INTO decision_notes (subject_type, subject_id, day, kind, body, created_at, updated_at) VALUES ('attempt', ?, '2026-12-05', 'reflection', ?, ?, ?)",
    );
    note.run(a.id, 'Apply earlier tomorrow', NOW, NOW);
    note.run(b.id, 'Keep this one', NOW, NOW);
    expect(call('attempts.delete', { id: a.id })).toEqual({ id: a.id });
    expect(fail('attempts.get', { id: a.id })).toEqual({ code: 'not_found', message: `Appointment attempt ${a.id} does not exist (it may have been deleted).` });
    const left = journal.sqlite.prepare('SELECT subject_id, body FROM decision_notes').all();
    expect(left).toEqual([{ subject_id: b.id, body: 'Keep this one' }]);
    expect(call('attempts.list', undefined).map((x) => x.id)).toEqual([b.id]);
  });

  it('answers not_found for every channel naming a missing attempt, changing nothing', () => {
    const { fail, journal } = setup();
    const before = contentHash(journal);
    const calls: [string, unknown][] = [
      ['attempts.get', { id: 404 }],
      ['attempts.update', { id: 404, notes: 'x' }],
      ['attempts.delete', { id: 404 }],
      ['attempts.markStep', { id: 404, step: 'form_accepted' }],
      ['attempts.recordBlocked', { id: 404 }],
    ];
    for (const [channel, input] of calls) {
      expect(fail(channel, input), channel).toEqual({ code: 'not_found', message: 'Appointment attempt 404 does not exist (it may have been deleted).' });
    }
    expect(contentHash(journal)).toBe(before);
  });

  it('keeps a trip with attempts from being deleted, and a companion who applied from being removed', () => {
    const { call, fail, journal, paris } = setup();
    call('attempts.create', lottery({ tripId: paris.id, companionId: paris.companions[0]!.id }));
    const before = contentHash(journal);
    expect(fail('trips.delete', { id: paris.id }).code).toBe('conflict');
    const removed = fail('trips.update', { id: paris.id, companions: [{ id: paris.companions[1]!.id, name: 'Sam', adult: true }] });
    expect(removed.code).toBe('conflict');
    expect(contentHash(journal)).toBe(before);
  });
});

describe('attempts: lottery steps', () => {
  // In the window for Monday 7 December: Saturday 5 December, 10:30–19:00 Paris.
  const t1 = '2026-12-05T09:31:00.000Z';
  const t2 = '2026-12-05T09:33:00.000Z';
  const t3 = '2026-12-05T09:40:00.000Z';
  const t4 = '2026-12-05T09:41:00.000Z';
  type Steps = Pick<AttemptCreateInput, 'formAcceptedAt' | 'emailReceivedAt' | 'linkClickedAt' | 'registeredAt'>;
  const cases: { name: string; steps: Steps; reached?: string; error?: { path: string; message: string } }[] = [
    { name: 'no step', steps: {}, reached: 'none' },
    { name: 'form only', steps: { formAcceptedAt: t1 }, reached: 'form_accepted' },
    { name: 'up to the e-mail', steps: { formAcceptedAt: t1, emailReceivedAt: t2 }, reached: 'email_received' },
    { name: 'up to the link', steps: { formAcceptedAt: t1, emailReceivedAt: t2, linkClickedAt: t3 }, reached: 'link_clicked' },
    { name: 'all four', steps: { formAcceptedAt: t1, emailReceivedAt: t2, linkClickedAt: t3, registeredAt: t4 }, reached: 'registered' },
    { name: 'same instant twice', steps: { formAcceptedAt: t1, emailReceivedAt: t1 }, reached: 'email_received' },
    {
      name: 'e-mail without the form',
      steps: { emailReceivedAt: t2 },
      error: { path: 'emailReceivedAt', message: '“Confirmation e-mail received” needs the earlier step “form accepted” ticked first.' },
    },
    {
      name: 'registered without the link',
      steps: { formAcceptedAt: t1, emailReceivedAt: t2, registeredAt: t4 },
      error: { path: 'registeredAt', message: '“Request registered” needs the earlier step “link clicked” ticked first.' },
    },
    {
      name: 'registered alone names the first missing step',
      steps: { registeredAt: t4 },
      error: { path: 'registeredAt', message: '“Request registered” needs the earlier step “form accepted” ticked first.' },
    },
    {
      name: 'link before the e-mail arrived',
      steps: { formAcceptedAt: t1, emailReceivedAt: t3, linkClickedAt: t2 },
      error: { path: 'linkClickedAt', message: '“Link clicked” cannot be earlier than “confirmation e-mail received”: the steps happen in order.' },
    },
  ];

  for (const c of cases) {
    it(`create: ${c.name}`, () => {
      const { call, fail, journal } = setup();
      if (c.reached) {
        const a = call('attempts.create', lottery(c.steps));
        expect(a.stepReached).toBe(c.reached);
        return;
      }
      const before = contentHash(journal);
      const error = fail('attempts.create', lottery(c.steps));
      expect(error).toEqual({ code: 'invalid_input', message: c.error!.message, issues: [{ path: [c.error!.path], message: c.error!.message }] });
      expect(contentHash(journal)).toBe(before);
    });
  }

  it('markStep ticks each step in order, at now() unless told when', () => {
    const { call } = setup();
    const a = call('attempts.create', lottery());
    expect(call('attempts.markStep', { id: a.id, step: 'form_accepted' })).toMatchObject({ formAcceptedAt: NOW, stepReached: 'form_accepted' });
    expect(call('attempts.markStep', { id: a.id, step: 'email_received', at: '2026-12-05T10:46:00+01:00' })).toMatchObject({
      emailReceivedAt: '2026-12-05T09:46:00.000Z',
      stepReached: 'email_received',
    });
    call('attempts.markStep', { id: a.id, step: 'link_clicked', at: '2026-12-05T09:47:00Z' });
    const done = call('attempts.markStep', { id: a.id, step: 'registered', at: '2026-12-05T09:47:30Z' });
    expect(done).toMatchObject({
      formAcceptedAt: NOW,
      emailReceivedAt: '2026-12-05T09:46:00.000Z',
      linkClickedAt: '2026-12-05T09:47:00.000Z',
      registeredAt: '2026-12-05T09:47:30.000Z',
      stepReached: 'registered',
    });
    // Correcting the time of a ticked step is allowed while the order holds.
    expect(call('attempts.markStep', { id: a.id, step: 'email_received', at: '2026-12-05T09:46:30Z' }).emailReceivedAt).toBe('2026-12-05T09:46:30.000Z');
  });

  const markCases: { name: string; prepare: string[]; step: string; at?: string; method?: string; message: string }[] = [
    { name: 'skipping the form', prepare: [], step: 'email_received', message: '“Confirmation e-mail received” needs the earlier step “form accepted” ticked first.' },
    { name: 'skipping the link', prepare: ['form_accepted', 'email_received'], step: 'registered', message: '“Request registered” needs the earlier step “link clicked” ticked first.' },
    { name: 'registering first', prepare: [], step: 'registered', message: '“Request registered” needs the earlier step “form accepted” ticked first.' },
    {
      name: 'a time before the previous step',
      prepare: ['form_accepted'],
      step: 'email_received',
      at: '2026-12-05T09:00:00Z',
      message: `“Confirmation e-mail received” cannot be earlier than “form accepted” (5 Dec 2026, 09:45 UTC).`,
    },
    {
      name: 'a time after the next step',
      prepare: ['form_accepted', 'email_received'],
      step: 'form_accepted',
      at: '2026-12-05T10:00:00Z',
      message: `“Form accepted” cannot be later than “confirmation e-mail received” (5 Dec 2026, 09:45 UTC).`,
    },
    { name: 'a walk-in', prepare: [], step: 'form_accepted', method: 'walk_in', message: 'Only online lottery attempts have lottery steps; this one is a walk-in attempt.' },
  ];
  for (const c of markCases) {
    it(`markStep refuses ${c.name}, changing nothing`, () => {
      const { call, fail, journal } = setup();
      const a = call('attempts.create', { method: (c.method ?? 'lottery') as 'lottery', wantedDay: '2026-12-07' });
      for (const s of c.prepare) call('attempts.markStep', { id: a.id, step: s as 'form_accepted' });
      const before = contentHash(journal);
      const error = fail('attempts.markStep', { id: a.id, step: c.step, ...(c.at ? { at: c.at } : {}) });
      expect(error).toEqual({ code: 'invalid_input', message: c.message, issues: [{ path: ['step'], message: c.message }] });
      expect(contentHash(journal)).toBe(before);
    });
  }

  it('update: clearing an earlier step while a later one is ticked is refused on the cleared field', () => {
    const { call, fail, journal } = setup();
    const a = call('attempts.create', lottery({ formAcceptedAt: t1, emailReceivedAt: t2 }));
    const before = contentHash(journal);
    const error = fail('attempts.update', { id: a.id, formAcceptedAt: null });
    expect(error.issues).toEqual([
      { path: ['formAcceptedAt'], message: '“Form accepted” cannot be cleared while “confirmation e-mail received” is ticked: clear the later steps first.' },
    ]);
    expect(contentHash(journal)).toBe(before);
    expect(call('attempts.update', { id: a.id, formAcceptedAt: null, emailReceivedAt: null }).stepReached).toBe('none');
  });

  it('update: a later step needs the stored earlier ones', () => {
    const { call, fail } = setup();
    const a = call('attempts.create', lottery({ formAcceptedAt: t1 }));
    expect(fail('attempts.update', { id: a.id, linkClickedAt: t3 }).issues).toEqual([
      { path: ['linkClickedAt'], message: '“Link clicked” needs the earlier step “confirmation e-mail received” ticked first.' },
    ]);
    expect(call('attempts.update', { id: a.id, emailReceivedAt: t2, linkClickedAt: t3 }).stepReached).toBe('link_clicked');
  });

  it('only lottery attempts have steps and blocked messages', () => {
    const { call, fail, journal } = setup();
    const before = contentHash(journal);
    expect(fail('attempts.create', { method: 'walk_in', wantedDay: '2026-12-07', formAcceptedAt: t1 }).issues).toEqual([
      { path: ['formAcceptedAt'], message: 'Only online lottery attempts have lottery steps and "blocked" messages; this one is a walk-in attempt.' },
    ]);
    expect(fail('attempts.create', { method: 'concierge', wantedDay: '2026-12-07', blockedCount: 2 }).issues?.[0]?.path).toEqual(['blockedCount']);
    expect(contentHash(journal)).toBe(before);
    const a = call('attempts.create', lottery({ formAcceptedAt: t1 }));
    const stepsKept = contentHash(journal);
    expect(fail('attempts.update', { id: a.id, method: 'walk_in' }).issues).toEqual([
      { path: ['method'], message: 'This attempt has lottery steps or "blocked" messages recorded: clear them before making it a walk-in attempt.' },
    ]);
    expect(contentHash(journal)).toBe(stepsKept);
    expect(call('attempts.update', { id: a.id, method: 'walk_in', formAcceptedAt: null })).toMatchObject({ method: 'walk_in', stepReached: 'none' });
  });
});

describe('attempts: who applied, and links', () => {
  it('a minor cannot apply to the lottery: refused on create, on update and when a walk-in becomes a lottery attempt', () => {
    const { call, fail, journal } = setup();
    const trip = call('trips.create', {
      title: 'Paris with the children',
      city: 'Paris',
      startDay: '2026-12-05',
      endDay: '2026-12-12',
      companions: [{ name: 'Anna', adult: true }, { name: 'Zoé', adult: false }],
    });
    const [anna, zoe] = trip.companions;
    const message = 'Zoé is under 18 and cannot apply to the lottery: choose an adult travelling with you, or yourself, under "Who applied".';
    const before = contentHash(journal);
    expect(fail('attempts.create', lottery({ tripId: trip.id, companionId: zoe!.id }))).toEqual({ code: 'invalid_input', message, issues: [{ path: ['companionId'], message }] });
    expect(contentHash(journal)).toBe(before);

    const byAnna = call('attempts.create', lottery({ tripId: trip.id, companionId: anna!.id }));
    const walkIn = call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-07', tripId: trip.id, companionId: zoe!.id });
    const stored = contentHash(journal);
    expect(fail('attempts.update', { id: byAnna.id, companionId: zoe!.id }).issues).toEqual([{ path: ['companionId'], message }]);
    expect(fail('attempts.update', { id: walkIn.id, method: 'lottery' }).issues).toEqual([{ path: ['companionId'], message }]);
    expect(contentHash(journal)).toBe(stored);
  });

  it('a companion must be one of the trip’s companions, and needs the trip', () => {
    const { call, fail, journal, paris, spring } = setup();
    const anna = paris.companions[0]!;
    const lea = spring.companions[0]!;
    const before = contentHash(journal);
    const cases: [unknown, string][] = [
      [lottery({ tripId: paris.id, companionId: lea.id }), `Companion ${lea.id} is not a companion of this trip.`],
      [lottery({ companionId: anna.id }), 'A companion applies as part of a trip: choose the trip first, or leave "who applied" as yourself.'],
      [lottery({ tripId: paris.id, companionId: 9999 }), 'Companion 9999 is not a companion of this trip.'],
    ];
    for (const [input, message] of cases) {
      expect(fail('attempts.create', input)).toEqual({ code: 'invalid_input', message, issues: [{ path: ['companionId'], message }] });
    }
    expect(contentHash(journal)).toBe(before);

    const a = call('attempts.create', lottery({ tripId: paris.id, companionId: anna.id }));
    const stored = contentHash(journal);
    // Moving the attempt to another trip (or off any trip) takes the companion's trip into account.
    expect(fail('attempts.update', { id: a.id, tripId: spring.id }).issues?.[0]).toEqual({ path: ['companionId'], message: `Companion ${anna.id} is not a companion of this trip.` });
    expect(fail('attempts.update', { id: a.id, tripId: null }).issues?.[0]?.path).toEqual(['companionId']);
    expect(contentHash(journal)).toBe(stored);
    expect(call('attempts.update', { id: a.id, tripId: spring.id, companionId: lea.id })).toMatchObject({ tripId: spring.id, companionId: lea.id });
    expect(call('attempts.update', { id: a.id, tripId: null, companionId: null })).toMatchObject({ tripId: null, companionId: null });
  });

  it('refuses linked records that do not exist, on their field', () => {
    const { fail, journal } = setup();
    const before = contentHash(journal);
    for (const [field, label] of [['boutiqueId', 'Boutique'], ['tripId', 'Trip'], ['contactId', 'Contact']] as const) {
      const message = `${label} 777 does not exist (it may have been deleted).`;
      expect(fail('attempts.create', lottery({ [field]: 777 }))).toEqual({ code: 'invalid_input', message, issues: [{ path: [field], message }] });
    }
    expect(contentHash(journal)).toBe(before);
  });

  it('a lottery preference is a Paris leather boutique or no preference', () => {
    const { call, fail, journal } = setup();
    const home = call('boutiques.create', { name: 'Madison', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
    const before = contentHash(journal);
    const message = 'Madison does not take leather appointments through the lottery: choose a Paris boutique, or no preference.';
    expect(fail('attempts.create', lottery({ boutiqueId: home.id })).issues).toEqual([{ path: ['boutiqueId'], message }]);
    expect(contentHash(journal)).toBe(before);
    expect(call('attempts.create', { method: 'home_sa', wantedDay: '2026-12-07', boutiqueId: home.id }).boutiqueId).toBe(home.id);
  });
});

describe('attempts: results and appointment times', () => {
  it('granted and time_changed need the time; pending and not_granted have none', () => {
    const { fail, journal } = setup();
    const before = contentHash(journal);
    const cases: [Partial<AttemptCreateInput>, string][] = [
      [{ result: 'granted' }, 'A granted appointment needs its date and time.'],
      [{ result: 'time_changed' }, 'A granted appointment needs its date and time.'],
      [{ result: 'pending', appointmentAt: '2026-12-07T14:00:00Z' }, 'A pending attempt has no appointment time yet: set the result to granted with the time.'],
      [{ appointmentAt: '2026-12-07T14:00:00Z' }, 'A pending attempt has no appointment time yet: set the result to granted with the time.'],
      [{ result: 'not_granted', appointmentAt: '2026-12-07T14:00:00Z' }, 'An attempt that was not granted has no appointment time.'],
    ];
    for (const [extra, message] of cases) {
      expect(fail('attempts.create', lottery(extra))).toEqual({ code: 'invalid_input', message, issues: [{ path: ['appointmentAt'], message }] });
    }
    expect(contentHash(journal)).toBe(before);
  });

  it('a cancelled attempt may keep the time it had, or have none', () => {
    const { call } = setup();
    expect(call('attempts.create', lottery({ result: 'cancelled' })).appointmentAt).toBeNull();
    expect(call('attempts.create', lottery({ result: 'cancelled', appointmentAt: '2026-12-07T14:00:00Z' })).appointmentAt).toBe('2026-12-07T14:00:00.000Z');
  });

  it('moving a granted time keeps the first one and sets time_changed', () => {
    const { call } = setup();
    const a = call('attempts.create', lottery({ result: 'granted', appointmentAt: '2026-12-07T11:00:00+01:00' }));
    expect(a).toMatchObject({ result: 'granted', appointmentAt: '2026-12-07T10:00:00.000Z', originalAppointmentAt: null });

    const moved = call('attempts.update', { id: a.id, appointmentAt: '2026-12-07T15:30:00+01:00' });
    expect(moved).toMatchObject({ result: 'time_changed', appointmentAt: '2026-12-07T14:30:00.000Z', originalAppointmentAt: '2026-12-07T10:00:00.000Z' });

    // A second move keeps the very first time; a form re-sending result 'granted' still records a move.
    const again = call('attempts.update', { id: a.id, result: 'granted', appointmentAt: '2026-12-07T16:00:00Z' });
    expect(again).toMatchObject({ result: 'time_changed', appointmentAt: '2026-12-07T16:00:00.000Z', originalAppointmentAt: '2026-12-07T10:00:00.000Z' });

    // Saving the same time again is not a move.
    expect(call('attempts.update', { id: a.id, appointmentAt: '2026-12-07T17:00:00+01:00', notes: 'x' })).toMatchObject({
      result: 'time_changed',
      originalAppointmentAt: '2026-12-07T10:00:00.000Z',
    });

    // Moved back to the first time: granted as at first.
    expect(call('attempts.update', { id: a.id, appointmentAt: '2026-12-07T10:00:00Z' })).toMatchObject({
      result: 'granted',
      appointmentAt: '2026-12-07T10:00:00.000Z',
      originalAppointmentAt: null,
    });
  });

  it('a time_changed attempt set back to granted forgets the first time; cancelling keeps both', () => {
    const { call } = setup();
    const a = call('attempts.create', lottery({ result: 'granted', appointmentAt: '2026-12-07T10:00:00Z' }));
    call('attempts.update', { id: a.id, appointmentAt: '2026-12-07T12:00:00Z' });
    const cancelled = call('attempts.update', { id: a.id, result: 'cancelled' });
    expect(cancelled).toMatchObject({ result: 'cancelled', appointmentAt: '2026-12-07T12:00:00.000Z', originalAppointmentAt: '2026-12-07T10:00:00.000Z' });
    const b = call('attempts.create', lottery({ result: 'granted', appointmentAt: '2026-12-07T10:00:00Z' }));
    call('attempts.update', { id: b.id, appointmentAt: '2026-12-07T12:00:00Z' });
    expect(call('attempts.update', { id: b.id, result: 'granted' })).toMatchObject({ result: 'granted', appointmentAt: '2026-12-07T12:00:00.000Z', originalAppointmentAt: null });
  });

  it('a result changed to not_granted drops the stored time, but an explicit time is refused', () => {
    const { call, fail, journal } = setup();
    const a = call('attempts.create', lottery({ result: 'granted', appointmentAt: '2026-12-07T10:00:00Z' }));
    const before = contentHash(journal);
    expect(fail('attempts.update', { id: a.id, result: 'not_granted', appointmentAt: '2026-12-07T10:00:00Z' }).issues?.[0]?.path).toEqual(['appointmentAt']);
    expect(fail('attempts.update', { id: a.id, appointmentAt: null }).message).toBe('A granted appointment needs its date and time.');
    expect(contentHash(journal)).toBe(before);
    expect(call('attempts.update', { id: a.id, result: 'not_granted' })).toMatchObject({ result: 'not_granted', appointmentAt: null, originalAppointmentAt: null });
  });

  it('a moved appointment can be entered after the fact, with its first time', () => {
    const { call, fail } = setup();
    const a = call('attempts.create', lottery({ result: 'time_changed', appointmentAt: '2026-12-07T14:00:00Z', originalAppointmentAt: '2026-12-07T10:00:00Z' }));
    expect(a).toMatchObject({ result: 'time_changed', originalAppointmentAt: '2026-12-07T10:00:00.000Z' });
    expect(fail('attempts.create', lottery({ result: 'granted', appointmentAt: '2026-12-07T14:00:00Z', originalAppointmentAt: '2026-12-07T10:00:00Z' })).issues?.[0]).toEqual({
      path: ['originalAppointmentAt'],
      message: 'The first appointment time is kept only for an appointment whose time changed.',
    });
    // The first time is never written by update: it is kept automatically.
    expect(fail('attempts.update', { id: a.id, originalAppointmentAt: '2026-12-07T09:00:00Z' }).issues).toEqual([
      { path: [], message: 'Unknown field: originalAppointmentAt.' },
    ]);
  });
});

describe('attempts: blocked messages', () => {
  it('counts each block and keeps the notes line by line', () => {
    const { call } = setup();
    const a = call('attempts.create', lottery());
    expect(call('attempts.recordBlocked', { id: a.id })).toMatchObject({ blockedCount: 1, blockedNote: null });
    expect(call('attempts.recordBlocked', { id: a.id, note: 'Hotel Wi-Fi: blocked' })).toMatchObject({ blockedCount: 2, blockedNote: 'Hotel Wi-Fi: blocked' });
    const third = call('attempts.recordBlocked', { id: a.id, note: '  Boutique Wi-Fi at FSH worked ' });
    expect(third).toMatchObject({ blockedCount: 3, blockedNote: 'Hotel Wi-Fi: blocked\nBoutique Wi-Fi at FSH worked' });
    expect(third.updatedAt).toBe(NOW);
  });

  it('refuses a non-lottery attempt and an over-long note, changing nothing', () => {
    const { call, fail, journal } = setup();
    const walkIn = call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-07' });
    const a = call('attempts.create', lottery());
    const before = contentHash(journal);
    expect(fail('attempts.recordBlocked', { id: walkIn.id })).toEqual({
      code: 'invalid_input',
      message: 'Only online lottery attempts can be blocked; this one is a walk-in attempt.',
      issues: [{ path: ['id'], message: 'Only online lottery attempts can be blocked; this one is a walk-in attempt.' }],
    });
    expect(fail('attempts.recordBlocked', { id: a.id, note: 'x'.repeat(501) }).issues?.[0]?.path).toEqual(['note']);
    expect(contentHash(journal)).toBe(before);
  });
});

describe('attempts: list', () => {
  it('filters by days, trip, method, result and boutique preference, newest wanted day first, with paging', () => {
    const { call, fsh, georgeV, paris, spring } = setup();
    const make = (wantedDay: string, extra: Partial<AttemptCreateInput> = {}) => call('attempts.create', { method: 'lottery', wantedDay, ...extra }).id;
    const a = make('2026-12-07', { tripId: paris.id, boutiqueId: fsh.id });
    const b = make('2026-12-08', { tripId: paris.id });
    const c = make('2026-12-08', { tripId: paris.id, boutiqueId: georgeV.id, result: 'granted', appointmentAt: '2026-12-08T13:00:00Z' });
    const d = make('2027-04-12', { tripId: spring.id, method: 'walk_in', boutiqueId: fsh.id });
    const e = make('2026-11-02');

    const ids = (input: Parameters<typeof call<'attempts.list'>>[1]) => call('attempts.list', input).map((x) => x.id);
    expect(ids(undefined)).toEqual([d, c, b, a, e]);
    expect(ids({ from: '2026-12-01', to: '2026-12-31' })).toEqual([c, b, a]);
    expect(ids({ from: '2026-12-08' })).toEqual([d, c, b]);
    expect(ids({ to: '2026-12-07' })).toEqual([a, e]);
    expect(ids({ tripId: paris.id })).toEqual([c, b, a]);
    expect(ids({ method: 'walk_in' })).toEqual([d]);
    expect(ids({ result: 'granted' })).toEqual([c]);
    expect(ids({ boutiqueId: fsh.id })).toEqual([d, a]);
    expect(ids({ boutiqueId: 'none' })).toEqual([b, e]);
    expect(ids({ tripId: paris.id, boutiqueId: 'none' })).toEqual([b]);
    expect(ids({ limit: 2 })).toEqual([d, c]);
    expect(ids({ limit: 2, offset: 2 })).toEqual([b, a]);
  });

  it('refuses a range that ends before it starts', () => {
    const { fail } = setup();
    expect(fail('attempts.list', { from: '2026-12-08', to: '2026-12-01' }).issues).toEqual([
      { path: ['to'], message: 'The end of the range must be on or after its start.' },
    ]);
  });
});

describe('attempts: statistics', () => {
  function fill() {
    const h = setup();
    const { call, fsh, georgeV, sevres, paris, spring } = h;
    const at = (d: string) => `${d}T10:00:00Z`;
    const add = (wantedDay: string, extra: Partial<AttemptCreateInput>) => call('attempts.create', { method: 'lottery', wantedDay, ...extra });
    // Paris trip: Mon 7, Tue 8, Wed 9, Sat 12 December 2026.
    add('2026-12-07', { tripId: paris.id, result: 'not_granted' });
    add('2026-12-07', { tripId: paris.id, companionId: paris.companions[0]!.id, boutiqueId: fsh.id, result: 'granted', appointmentAt: at('2026-12-07') });
    add('2026-12-08', { tripId: paris.id, result: 'not_granted' });
    add('2026-12-08', { tripId: paris.id, boutiqueId: georgeV.id, result: 'not_granted' });
    const moved = add('2026-12-09', { tripId: paris.id, result: 'granted', appointmentAt: at('2026-12-09') });
    call('attempts.update', { id: moved.id, appointmentAt: '2026-12-09T14:00:00Z' }); // time_changed: still a win
    add('2026-12-12', { tripId: paris.id, method: 'walk_in', boutiqueId: sevres.id, result: 'granted', appointmentAt: at('2026-12-12') });
    add('2026-12-12', { tripId: paris.id, method: 'walk_in', boutiqueId: fsh.id, result: 'cancelled' });
    // Spring trip: Mon 12, Tue 13 April 2027.
    add('2027-04-12', { tripId: spring.id, result: 'pending' });
    add('2027-04-13', { tripId: spring.id, method: 'home_sa', boutiqueId: fsh.id, result: 'granted', appointmentAt: at('2027-04-13') });
    // No trip: Thu 5 November 2026.
    add('2026-11-05', { result: 'not_granted' });
    return h;
  }

  it('counts by method, boutique preference, weekday and trip, with exact numbers', () => {
    const { call, fsh, georgeV, sevres, paris, spring } = fill();
    const g = (key: unknown, attempts: number, granted: number, pending = 0) => ({ key, attempts, granted, pending });
    expect(call('attempts.stats', undefined)).toEqual({
      total: 10,
      granted: 4,
      pending: 1,
      byMethod: [g('lottery', 7, 2, 1), g('walk_in', 2, 1), g('home_sa', 1, 1)],
      byBoutiquePreference: [
        { ...g('none', 5, 1, 1), label: 'No preference' },
        { ...g(fsh.id, 3, 2), label: 'Faubourg Saint-Honoré' },
        { ...g(georgeV.id, 1, 0), label: 'George V' },
        { ...g(sevres.id, 1, 1), label: 'Sèvres' },
      ],
      byWeekday: [g(1, 3, 1, 1), g(2, 3, 1), g(3, 1, 1), g(4, 1, 0), g(6, 2, 1)],
      byTrip: [
        { ...g(spring.id, 2, 1, 1), title: 'Paris in spring' },
        { ...g(paris.id, 7, 3), title: 'Paris in December' },
        { ...g(null, 1, 0), title: null },
      ],
    });
  });

  it('narrows to a trip or a range of wanted days', () => {
    const { call, paris } = fill();
    const forTrip = call('attempts.stats', { tripId: paris.id });
    expect([forTrip.total, forTrip.granted, forTrip.pending]).toEqual([7, 3, 0]);
    expect(forTrip.byWeekday.map((w) => [w.key, w.attempts, w.granted])).toEqual([[1, 2, 1], [2, 2, 0], [3, 1, 1], [6, 2, 1]]);
    expect(forTrip.byTrip.map((t) => t.key)).toEqual([paris.id]);

    const december = call('attempts.stats', { from: '2026-12-08', to: '2026-12-09' });
    expect(december).toMatchObject({ total: 3, granted: 1, pending: 0 });
    expect(december.byMethod).toEqual([{ key: 'lottery', attempts: 3, granted: 1, pending: 0 }]);
  });

  it('an empty journal gives zero counts and no groups', () => {
    const { call } = setup();
    expect(call('attempts.stats', { from: '2026-01-01' })).toEqual({ total: 0, granted: 0, pending: 0, byMethod: [], byBoutiquePreference: [], byWeekday: [], byTrip: [] });
  });
});

describe('attempts: bad input', () => {
  const bad: [string, string, unknown, (string | number)[]][] = [
    ['no method', 'attempts.create', { wantedDay: '2026-12-07' }, ['method']],
    ['an unknown method', 'attempts.create', { method: 'raffle', wantedDay: '2026-12-07' }, ['method']],
    ['a day that does not exist', 'attempts.create', { method: 'lottery', wantedDay: '2026-02-30' }, ['wantedDay']],
    ['an instant without zone', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', formAcceptedAt: '2026-12-06 10:31' }, ['formAcceptedAt']],
    ['an unknown result', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', result: 'won' }, ['result']],
    ['a negative blocked count', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', blockedCount: -1 }, ['blockedCount']],
    ['a fractional boutique id', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', boutiqueId: 1.5 }, ['boutiqueId']],
    ['an unknown field', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', winner: true }, []],
    ['an over-long note', 'attempts.create', { method: 'lottery', wantedDay: '2026-12-07', notes: 'x'.repeat(20001) }, ['notes']],
    ['an update without id', 'attempts.update', { notes: 'x' }, ['id']],
    ['an unknown step', 'attempts.markStep', { id: 1, step: 'won' }, ['step']],
    ['a bad step instant', 'attempts.markStep', { id: 1, step: 'form_accepted', at: 'now' }, ['at']],
    ['a list with a bad boutique filter', 'attempts.list', { boutiqueId: 'fsh' }, ['boutiqueId']],
    ['stats with a bad day', 'attempts.stats', { from: '2026-13-01' }, ['from']],
    ['stats with a backwards range', 'attempts.stats', { from: '2026-12-09', to: '2026-12-01' }, ['to']],
  ];
  for (const [name, channel, input, path] of bad) {
    it(`refuses ${name}, changing nothing`, () => {
      const { call, fail, journal } = setup();
      call('attempts.create', lottery());
      const before = contentHash(journal);
      const error = fail(channel, input);
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toEqual(path);
      expect(error.issues?.[0]?.message).toMatch(/^[A-Z“].+[.]$/);
      expect(contentHash(journal)).toBe(before);
    });
  }
});

describe('attempts: each step happened in its window', () => {
  // Wanted Monday 30 November: the window was Saturday 28 November, 10:30–19:00 Paris (09:30–18:00 UTC).
  const wanted = '2026-11-30';
  const at = (iso: string) => () => new Date(iso);

  it('"now" stands for the time only inside the window; otherwise the time is asked for', () => {
    const { call, fail, journal } = harness({ clock: at('2026-12-02T10:00:00.000Z') });
    const a = call('attempts.create', { method: 'lottery', wantedDay: wanted });
    const before = contentHash(journal);
    const message = '“Form accepted” needs the time it happened: the window for Mon 30 Nov is open Sat 28 Nov, 10:30–19:00 Paris, not now.';
    expect(fail('attempts.markStep', { id: a.id, step: 'form_accepted' })).toEqual({ code: 'invalid_input', message, issues: [{ path: ['at'], message }] });
    expect(contentHash(journal)).toBe(before);
    // The time the user enters, inside the window, is kept (not the day it was ticked).
    const ticked = call('attempts.markStep', { id: a.id, step: 'form_accepted', at: '2026-11-28T10:42:00+01:00' });
    expect(ticked.formAcceptedAt).toBe('2026-11-28T09:42:00.000Z');
  });

  it('refuses a time outside the window, on markStep, create and update, naming the window; nothing changes', () => {
    const { call, fail, journal } = harness({ clock: at('2026-11-28T12:00:00.000Z') });
    const a = call('attempts.create', { method: 'lottery', wantedDay: wanted });
    const before = contentHash(journal);
    const early = '“Form accepted” at Wed 24 Jun, 12:00 Paris is outside the window for Mon 30 Nov: it was open Sat 28 Nov, 10:30–19:00 Paris. Enter the time it happened.';
    expect(fail('attempts.markStep', { id: a.id, step: 'form_accepted', at: '2026-06-24T10:00:00Z' }).issues).toEqual([{ path: ['at'], message: early }]);
    const late = '“Form accepted” at Sat 28 Nov, 19:05 Paris is outside the window for Mon 30 Nov: it was open Sat 28 Nov, 10:30–19:00 Paris. Enter the time it happened.';
    expect(fail('attempts.create', { method: 'lottery', wantedDay: wanted, formAcceptedAt: '2026-11-28T18:05:00Z' }).issues).toEqual([{ path: ['formAcceptedAt'], message: late }]);
    expect(fail('attempts.update', { id: a.id, formAcceptedAt: '2026-11-28T18:05:00Z' }).issues).toEqual([{ path: ['formAcceptedAt'], message: late }]);
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses a step time that has not happened yet, even inside the window', () => {
    const { call, fail } = harness({ clock: at('2026-11-28T12:00:00.000Z') }); // 13:00 Paris, the window open
    const a = call('attempts.create', { method: 'lottery', wantedDay: wanted });
    expect(fail('attempts.markStep', { id: a.id, step: 'form_accepted', at: '2026-11-28T15:00:00Z' }).issues).toEqual([
      { path: ['at'], message: '“Form accepted” at Sat 28 Nov, 16:00 Paris has not happened yet: tick each step when it happens.' },
    ]);
    expect(call('attempts.markStep', { id: a.id, step: 'form_accepted', at: '2026-11-28T12:03:00Z' }).formAcceptedAt).toBe('2026-11-28T12:03:00.000Z'); // a clock a little ahead
  });

  it('lets the e-mail, the link and "registered" come up to an hour after the window closes', () => {
    const { call, fail } = harness({ clock: at('2026-11-28T21:00:00.000Z') });
    const a = call('attempts.create', { method: 'lottery', wantedDay: wanted, formAcceptedAt: '2026-11-28T17:58:00Z' });
    expect(call('attempts.markStep', { id: a.id, step: 'email_received', at: '2026-11-28T18:20:00Z' }).stepReached).toBe('email_received');
    expect(call('attempts.markStep', { id: a.id, step: 'link_clicked', at: '2026-11-28T19:00:00Z' }).stepReached).toBe('link_clicked');
    expect(fail('attempts.markStep', { id: a.id, step: 'registered', at: '2026-11-28T19:01:00Z' }).issues![0]!.message).toBe(
      '“Request registered” at Sat 28 Nov, 20:01 Paris is outside the window for Mon 30 Nov: it was open Sat 28 Nov, 10:30–19:00 Paris, or up to 60 minutes after it closes. Enter the time it happened.',
    );
  });

  it('keeps steps with their window: moving the day wanted is refused while they would fall outside the new one', () => {
    const { call, fail, journal } = harness({ clock: at('2026-11-28T12:00:00.000Z') });
    const a = call('attempts.create', { method: 'lottery', wantedDay: wanted, formAcceptedAt: '2026-11-28T10:00:00Z' });
    const before = contentHash(journal);
    const error = fail('attempts.update', { id: a.id, wantedDay: '2026-12-02' });
    expect(error.issues).toEqual([
      {
        path: ['wantedDay'],
        message: '“Form accepted” at Sat 28 Nov, 11:00 Paris is outside the window for Wed 2 Dec: it was open Tue 1 Dec, 10:30–19:00 Paris. Clear the steps before moving the day wanted.',
      },
    ]);
    expect(contentHash(journal)).toBe(before);
    // A walk-in has no window: its day moves freely.
    const walkIn = call('attempts.create', { method: 'walk_in', wantedDay: wanted });
    expect(call('attempts.update', { id: walkIn.id, wantedDay: '2026-12-02' }).wantedDay).toBe('2026-12-02');
  });
});

describe('attempts: the Paris boutiques open on the day wanted', () => {
  it('refuses a lottery attempt on a Sunday or holiday, and a walk-in at a Paris boutique; a day marked open, or a store abroad, is fine', () => {
    const { call, fail, journal, sevres } = setup();
    const before = contentHash(journal);
    expect(fail('attempts.create', { method: 'lottery', wantedDay: '2026-12-06' }).issues).toEqual([
      {
        path: ['wantedDay'],
        message: 'The Paris boutiques are closed on Sun 6 Dec 2026 (a Sunday): the lottery cannot book an appointment that day. Choose an open day, or mark the day open in Settings › Paris boutique calendar if they open that day.',
      },
    ]);
    expect(fail('attempts.create', { method: 'walk_in', wantedDay: '2027-05-01', boutiqueId: sevres.id }).issues![0]!.message).toMatch(
      /^The Paris boutiques are closed on Sat 1 May 2027, Labour Day \(Fête du Travail\): a walk-in would find the door shut\./,
    );
    expect(contentHash(journal)).toBe(before);
    // Moving an existing attempt onto a closed day is refused the same way.
    const a = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07' });
    expect(fail('attempts.update', { id: a.id, wantedDay: '2026-12-25' }).issues![0]!.path).toEqual(['wantedDay']);
    // Marked open by the user: accepted. A walk-in with no boutique, or at a store abroad, is not judged.
    call('calendarOverrides.set', { day: '2026-12-13', kind: 'open', note: 'Christmas Sunday opening' });
    expect(call('attempts.create', { method: 'lottery', wantedDay: '2026-12-13' }).wantedDay).toBe('2026-12-13');
    const ginza = call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    expect(call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-06', boutiqueId: ginza.id }).method).toBe('walk_in');
    expect(call('attempts.create', { method: 'concierge', wantedDay: '2026-12-06' }).method).toBe('concierge');
  });
});

describe('attempts: where the appointment is and how the answer came', () => {
  it('keeps the boutique of a granted appointment apart from the preference, and the channel of the answer', () => {
    const { call, fail, journal, georgeV, sevres } = setup();
    // "No preference" in the form; the SMS gives George V.
    const a = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07' });
    const won = call('attempts.update', { id: a.id, result: 'granted', appointmentAt: '2026-12-07T15:30:00+01:00', appointmentBoutiqueId: georgeV.id, resultChannel: 'sms' });
    expect(won).toMatchObject({ boutiqueId: null, appointmentBoutiqueId: georgeV.id, resultChannel: 'sms' });
    // The calendar shows it where it is, not by the preference.
    const [event] = call('calendar.range', { from: '2026-12-07', to: '2026-12-07', kinds: ['appointment'] });
    expect(event!.title).toBe('Appointment at George V');
    // The boutique cannot be deleted while the appointment names it.
    const b = call('boutiques.create', { name: 'Faubourg pop-up', city: 'Paris', country: 'FR', timeZone: 'Europe/Paris' });
    call('attempts.update', { id: a.id, appointmentBoutiqueId: b.id });
    expect(fail('boutiques.delete', { id: b.id }).code).toBe('conflict');
    // Refused on an attempt still waiting; dropped when the result goes back to pending.
    const other = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08' });
    const before = contentHash(journal);
    expect(fail('attempts.update', { id: other.id, appointmentBoutiqueId: sevres.id }).issues).toEqual([
      { path: ['appointmentBoutiqueId'], message: 'Only a granted appointment has a boutique where it takes place.' },
    ]);
    expect(fail('attempts.update', { id: other.id, resultChannel: 'email' }).issues![0]!.path).toEqual(['resultChannel']);
    expect(contentHash(journal)).toBe(before);
    expect(call('attempts.update', { id: other.id, result: 'not_granted', resultChannel: 'email' }).resultChannel).toBe('email'); // a refusal e-mail
    expect(call('attempts.update', { id: a.id, result: 'pending' })).toMatchObject({ appointmentBoutiqueId: null, resultChannel: null, appointmentAt: null });
  });
});
