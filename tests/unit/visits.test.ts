import { describe, expect, it } from 'vitest';
import { contentHash, harness } from './helpers';

// Monday 23 November 2026, 12:00 in Paris (11:00 UTC).
const NOW = new Date('2026-11-23T11:00:00Z');
const setup = () => harness({ clock: () => NOW });
type H = ReturnType<typeof setup>;

function world(h: H) {
  const [fsh, georgeV, sevres] = h.call('boutiques.list', undefined);
  const newYork = h.call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York' });
  const camille = h.call('contacts.create', { name: 'Camille', role: 'sa', boutiqueId: georgeV!.id });
  return { fsh: fsh!, georgeV: georgeV!, sevres: sevres!, newYork, camille };
}

describe('store visits', () => {
  it('records a visit on the boutique’s wall clock, with who was seen, what was asked and shown, and reads it back', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', {
      day: '2026-11-21',
      time: '15:30',
      boutiqueId: w.georgeV.id,
      contactId: w.camille.id,
      asked: '  A Kelly 25 in a neutral  ',
      shown: 'Picotin 18 in Vert Criquet',
      model: 'Picotin',
      size: '18',
      exteriorColour: 'Vert Criquet',
      leatherDesk: true,
      outcome: 'offered',
    });
    expect(v).toMatchObject({
      day: '2026-11-21',
      time: '15:30',
      timeZone: 'Europe/Paris',
      visitedAt: '2026-11-21T14:30:00.000Z',
      boutiqueName: w.georgeV.name,
      contactName: 'Camille',
      status: 'done',
      asked: 'A Kelly 25 in a neutral',
      model: 'Picotin',
      leatherDesk: true,
      waitingList: false,
      outcome: 'offered',
      patrolId: null,
    });
    expect(h.call('visits.get', { id: v.id })).toEqual(v);
    expect(h.call('visits.list', { contactId: w.camille.id }).map((x) => x.id)).toEqual([v.id]);
    // A New York visit keeps New York's zone.
    const ny = h.call('visits.create', { day: '2026-11-20', time: '11:00', boutiqueId: w.newYork.id, outcome: 'nothing' });
    expect(ny.timeZone).toBe('America/New_York');
    expect(ny.visitedAt).toBe('2026-11-20T16:00:00.000Z');
  });

  it('refuses a visit marked done that is still ahead on the boutique’s clock, with a sentence, and saves nothing', () => {
    const h = setup();
    const w = world(h);
    const before = contentHash(h.journal);
    const tomorrow = h.fail('visits.create', { day: '2026-11-24', boutiqueId: w.fsh.id, outcome: 'bought' });
    expect(tomorrow.code).toBe('invalid_input');
    expect(tomorrow.message).toBe('A visit on Tue 24 Nov 2026 has not happened yet: mark it planned, or give the day it happened. Nothing was saved.');
    expect(tomorrow.issues?.[0]?.path).toEqual(['day']);
    // Later today in Paris (it is 12:00 there).
    const later = h.fail('visits.create', { day: '2026-11-23', time: '16:00', boutiqueId: w.fsh.id, outcome: 'nothing' });
    expect(later.message).toContain('today at 16:00 has not happened yet');
    expect(contentHash(h.journal)).toBe(before);
    // 06:30 in New York has happened (it is 06:00 there)? No: 06:00 < 06:30, still ahead.
    expect(h.fail('visits.create', { day: '2026-11-23', time: '06:30', boutiqueId: w.newYork.id }).code).toBe('invalid_input');
    // Planned is fine, and has no outcome yet.
    const planned = h.call('visits.create', { day: '2026-11-24', boutiqueId: w.fsh.id, status: 'planned' });
    expect(planned.outcome).toBeNull();
    const withOutcome = h.fail('visits.create', { day: '2026-11-24', boutiqueId: w.fsh.id, status: 'planned', outcome: 'bought' });
    expect(withOutcome.message).toBe('A planned visit has no outcome yet: mark it done to record what came of it.');
    // Marking the planned one done before its day is refused too.
    const early = h.fail('visits.update', { id: planned.id, status: 'done' });
    expect(early.message).toContain('Tue 24 Nov 2026 has not happened yet');
    expect(h.call('visits.get', { id: planned.id }).status).toBe('planned');
  });

  it('asks for the boutique in the words of the form', () => {
    const h = setup();
    const e = h.fail('visits.create', { day: '2026-11-20' });
    expect(e.issues).toEqual([{ path: ['boutiqueId'], message: 'Boutique is required.' }]);
    const missing = h.fail('visits.create', { day: '2026-11-20', boutiqueId: 999 });
    expect(missing.message).toBe('Boutique 999 does not exist (it may have been deleted).');
  });

  it('saves a patrol in one transaction, each stop its own visit sharing the patrol id, in order', () => {
    const h = setup();
    const w = world(h);
    const stops = h.call('visits.createPatrol', {
      day: '2026-11-21',
      stops: [
        { boutiqueId: w.fsh.id, time: '10:30', asked: 'Kelly 25', outcome: 'nothing' },
        { boutiqueId: w.georgeV.id, time: '12:00', contactId: w.camille.id, waitingList: true, outcome: 'appointment_later' },
        { boutiqueId: w.sevres.id, time: '15:00', outcome: 'bought' },
      ],
    });
    expect(stops).toHaveLength(3);
    expect(new Set(stops.map((s) => s.patrolId))).toEqual(new Set([stops[0]!.id]));
    expect(stops.map((s) => s.patrolStop)).toEqual([0, 1, 2]);
    expect(h.call('visits.list', { patrolId: stops[0]!.id }).map((s) => s.boutiqueId)).toEqual([w.fsh.id, w.georgeV.id, w.sevres.id]);
  });

  it('moves the whole patrol when one stop moves to another day, or none of it', () => {
    const h = setup();
    const w = world(h);
    const stops = h.call('visits.createPatrol', { day: '2026-11-20', stops: [{ boutiqueId: w.fsh.id, time: '10:30' }, { boutiqueId: w.georgeV.id, time: '12:30' }] });
    h.call('visits.update', { id: stops[1]!.id, day: '2026-11-21' });
    expect(h.call('visits.list', { patrolId: stops[0]!.id }).map((v) => v.day)).toEqual(['2026-11-21', '2026-11-21']);
    const before = contentHash(h.journal);
    // It is 12:00 in Paris: the first stop (10:30) has happened today, the second (12:30) has not.
    const e = h.fail('visits.update', { id: stops[0]!.id, day: '2026-11-23' });
    expect(e.message).toContain('today at 12:30 has not happened yet');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('saves no stop of a patrol when one is wrong, and says which', () => {
    const h = setup();
    const w = world(h);
    const before = contentHash(h.journal);
    const e = h.fail('visits.createPatrol', {
      day: '2026-11-23',
      stops: [
        { boutiqueId: w.fsh.id, time: '10:30', outcome: 'nothing' },
        { boutiqueId: w.georgeV.id, time: '17:00', outcome: 'bought' },
      ],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.issues?.[0]?.path).toEqual(['stops', 1, 'day']);
    expect(e.message).toContain('today at 17:00 has not happened yet');
    expect(contentHash(h.journal)).toBe(before);
    expect(h.fail('visits.createPatrol', { day: '2026-11-21', stops: [{ boutiqueId: w.fsh.id }] }).message).toContain('at least two stops');
    expect(h.fail('visits.createPatrol', { day: '2026-11-21', stops: [{ boutiqueId: w.fsh.id }, {}] }).issues).toEqual([{ path: ['stops', 1, 'boutiqueId'], message: 'Boutique is required.' }]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('lists the visits on a trip’s days', () => {
    const h = setup();
    const w = world(h);
    const trip = h.call('trips.create', { title: 'Paris in November', city: 'Paris', startDay: '2026-11-19', endDay: '2026-11-22' });
    const inside = h.call('visits.create', { day: '2026-11-20', boutiqueId: w.fsh.id });
    h.call('visits.create', { day: '2026-11-10', boutiqueId: w.fsh.id });
    expect(h.call('visits.list', { tripId: trip.id }).map((v) => v.id)).toEqual([inside.id]);
  });

  it('is found by search, shows on the calendar, and goes to the Trash with its notes, coming back whole', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', { day: '2026-11-21', time: '15:30', boutiqueId: w.sevres.id, shown: 'A Herbag in Craie', contactId: w.camille.id });
    h.call('notes.create', { subjectType: 'visit', subjectId: v.id, day: '2026-11-21', kind: 'reflection', body: 'Ask for Camille next time.' });
    const found = h.call('search.query', { query: 'herbag' });
    expect(found.map((r) => r.kind)).toContain('visit');
    expect(found.find((r) => r.kind === 'visit')?.link).toEqual({ screen: 'visits', id: v.id });
    const events = h.call('calendar.range', { from: '2026-11-16', to: '2026-11-22' }).filter((e) => e.kind === 'visit');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ link: { screen: 'visits', id: v.id }, allDay: false, start: '2026-11-21T14:30:00.000Z', zone: 'Europe/Paris' });
    const rows = () => JSON.stringify([h.journal.sqlite.prepare('SELECT * FROM visits').all(), h.journal.sqlite.prepare('SELECT * FROM decision_notes').all()]);
    const before = rows();
    h.call('visits.delete', { id: v.id });
    expect(h.call('search.query', { query: 'herbag' }).filter((r) => r.kind === 'visit')).toEqual([]);
    expect(h.fail('visits.get', { id: v.id }).code).toBe('not_found');
    const trash = h.call('trash.list', undefined);
    expect(trash[0]).toMatchObject({ kind: 'visit', label: `Visit to ${w.sevres.name}, Sat 21 Nov 2026` });
    h.call('trash.restore', { id: trash[0]!.id });
    expect(rows()).toBe(before);
    expect(h.call('search.query', { query: 'herbag' }).map((r) => r.kind)).toContain('visit');
  });

  it('keeps a visit when its contact is deleted (the link goes)', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', { day: '2026-11-21', boutiqueId: w.georgeV.id, contactId: w.camille.id });
    h.call('contacts.delete', { id: w.camille.id });
    expect(h.call('visits.get', { id: v.id }).contactId).toBeNull();
  });
});
