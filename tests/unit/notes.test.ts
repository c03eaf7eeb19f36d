import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/main/db/journal';
import type { InputOf } from '../../src/shared/api';
import { NOTE_SUBJECTS, type NoteSubject } from '../../src/shared/domain/records';
import { contentHash, harness } from './helpers';

const NOW = new Date('2026-06-15T12:00:00Z');
const setup = () => harness({ clock: () => NOW });
const STAMP = '2026-01-01T00:00:00.000Z';

/** One record of each kind a note can attach to (other domains' rows written directly, so this file tests notes alone). */
function subjects(h: ReturnType<typeof setup>): Record<NoteSubject, number> {
  const raw = (sql: string, ...args: unknown[]) => Number(h.journal.sqlite.prepare(sql).run(...args).lastInsertRowid);
  return {
    trip: h.call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-09-01', endDay: '2026-09-05' }).id,
    contact: raw(`INSERT INTO contacts (name, role, created_at, updated_at) VALUES ('Camille', 'sa', ?, ?)`, STAMP, STAMP),
    purchase: raw(`INSERT INTO purchases (day, currency, detaxe_status, created_at, updated_at) VALUES ('2026-02-01', 'EUR', 'not_applicable', ?, ?)`, STAMP, STAMP),
    attempt: raw(`INSERT INTO appointment_attempts (method, wanted_day, result, created_at, updated_at) VALUES ('lottery', '2026-09-02', 'pending', ?, ?)`, STAMP, STAMP),
    special_order: h.call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2026-01-10' }] }).id,
    offer: raw(`INSERT INTO offers (day, time_zone, quota_year, source, category, model, decision, created_at, updated_at) VALUES ('2026-02-03', 'Europe/Paris', 2026, 'sa_call', 'bag', 'Kelly', 'pending', ?, ?)`, STAMP, STAMP),
    wishlist_item: h.call('wishlist.create', { model: 'Kelly', size: '25' }).id,
    visit: raw(`INSERT INTO visits (day, time_zone, status, created_at, updated_at) VALUES ('2026-02-04', 'Europe/Paris', 'done', ?, ?)`, STAMP, STAMP),
  };
}

const count = (journal: Journal): number => (journal.sqlite.prepare('SELECT count(*) AS n FROM decision_notes').get() as { n: number }).n;

describe('decision notes', () => {
  it.each(NOTE_SUBJECTS)('attaches a note to a %s and reads it back', (subjectType) => {
    const h = setup();
    const ids = subjects(h);
    const note = h.call('notes.create', {
      subjectType,
      subjectId: ids[subjectType],
      day: '2026-03-02',
      kind: 'reflection',
      body: '  Felt rushed choosing the interior.  ',
      confidence: 3,
      pinned: true,
      resurfaceOn: '2026-09-01',
    });
    expect(note).toEqual({
      id: expect.any(Number),
      subjectType,
      subjectId: ids[subjectType],
      day: '2026-03-02',
      kind: 'reflection',
      body: 'Felt rushed choosing the interior.',
      confidence: 3,
      pinned: true,
      resurfaceOn: '2026-09-01',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(h.call('notes.get', { id: note.id })).toEqual(note);
  });

  it.each([
    ['trip', 'Trip'],
    ['contact', 'Contact'],
    ['purchase', 'Purchase'],
    ['attempt', 'Appointment attempt'],
    ['special_order', 'Special order'],
    ['offer', 'Offer'],
  ] as const)('refuses a %s that does not exist, on subjectId, and writes nothing', (subjectType, label) => {
    const h = setup();
    subjects(h);
    const before = contentHash(h.journal);
    const error = h.fail('notes.create', { subjectType, subjectId: 999, kind: 'doubt', body: 'Hmm' });
    expect(error).toEqual({
      code: 'invalid_input',
      message: `${label} 999 does not exist (it may have been deleted).`,
      issues: [{ path: ['subjectId'], message: `${label} 999 does not exist (it may have been deleted).` }],
    });
    expect(contentHash(h.journal)).toBe(before);
  });

  it('checks the subject in its own table, not another one', () => {
    const h = setup();
    const ids = subjects(h);
    const secondTrip = h.call('trips.create', { title: 'Tokyo', city: 'Tokyo', timeZone: 'Asia/Tokyo', startDay: '2026-10-01', endDay: '2026-10-05' }).id;
    expect(secondTrip).toBe(ids.contact + 1);
    // Trip 2 exists; contact 2 does not.
    const error = h.fail('notes.create', { subjectType: 'contact', subjectId: secondTrip, kind: 'advice', body: 'x' });
    expect(error.issues).toEqual([{ path: ['subjectId'], message: `Contact ${secondTrip} does not exist (it may have been deleted).` }]);
    expect(h.call('notes.create', { subjectType: 'trip', subjectId: secondTrip, kind: 'advice', body: 'x' }).subjectId).toBe(secondTrip);
  });

  it('defaults the day to today, the note to unpinned, and leaves confidence and resurfacing empty', () => {
    const h = setup();
    const ids = subjects(h);
    const note = h.call('notes.create', { subjectType: 'trip', subjectId: ids.trip, kind: 'advice', body: 'Apply from the hotel Wi-Fi.' });
    expect(note).toMatchObject({ day: '2026-06-15', pinned: false, confidence: null, resurfaceOn: null });
  });

  it.each([
    [{ kind: 'mood' }, ['kind'], 'Choose reflection, doubt, decision or advice.'],
    [{ confidence: 0 }, ['confidence'], 'How sure you feel is a number from 1 to 5.'],
    [{ confidence: 6 }, ['confidence'], 'How sure you feel is a number from 1 to 5.'],
    [{ confidence: 2.5 }, ['confidence'], 'How sure you feel is a number from 1 to 5.'],
    [{ day: '2026-02-30' }, ['day'], 'Enter a real calendar day like 2026-12-07.'],
    [{ resurfaceOn: 'tomorrow' }, ['resurfaceOn'], 'Enter a real calendar day like 2026-12-07.'],
    [{ subjectType: 'boutique' }, ['subjectType'], 'Notes attach to a trip, contact, purchase, appointment attempt, special order, offer, wishlist item or store visit.'],
    [{ subjectId: -1 }, ['subjectId'], 'A record id is a positive number.'],
    [{ pinned: 'yes' }, ['pinned'], 'Say whether the note is pinned.'],
    [{ extra: 1 }, [], 'Unknown field: extra.'],
  ] as const)('refuses bad input %j on its field', (patch, path, message) => {
    const h = setup();
    const ids = subjects(h);
    const before = contentHash(h.journal);
    const error = h.fail('notes.create', { subjectType: 'trip', subjectId: ids.trip, kind: 'doubt', body: 'Hmm', ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('refuses an empty body', () => {
    const h = setup();
    const ids = subjects(h);
    const error = h.fail('notes.create', { subjectType: 'trip', subjectId: ids.trip, kind: 'doubt', body: '   ' });
    expect(error.issues?.[0]?.path).toEqual(['body']);
  });

  it('updates part of a note, clears confidence and resurfacing with null, and keeps its subject', () => {
    const h = setup();
    const ids = subjects(h);
    const note = h.call('notes.create', { subjectType: 'special_order', subjectId: ids.special_order, day: '2026-02-01', kind: 'doubt', body: 'Too safe?', confidence: 2, resurfaceOn: '2026-07-01' });
    const updated = h.call('notes.update', { id: note.id, kind: 'reflection', pinned: true, confidence: null, resurfaceOn: null });
    expect(updated).toEqual({ ...note, kind: 'reflection', pinned: true, confidence: null, resurfaceOn: null });
    expect(h.call('notes.update', { id: note.id, body: 'Not too safe: timeless.' })).toMatchObject({ body: 'Not too safe: timeless.', kind: 'reflection', day: '2026-02-01' });
    const before = contentHash(h.journal);
    expect(h.fail('notes.update', { id: note.id, subjectId: ids.trip }).issues).toEqual([{ path: [], message: 'Unknown field: subjectId.' }]);
    expect(h.fail('notes.update', { id: 999, body: 'x' }).code).toBe('not_found');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('deletes a note; a missing note is not_found', () => {
    const h = setup();
    const ids = subjects(h);
    const note = h.call('notes.create', { subjectType: 'trip', subjectId: ids.trip, kind: 'advice', body: 'x' });
    expect(h.call('notes.delete', { id: note.id })).toEqual({ id: note.id });
    expect(h.fail('notes.get', { id: note.id })).toEqual({ code: 'not_found', message: `Note ${note.id} does not exist (it may have been deleted).` });
    expect(h.fail('notes.delete', { id: note.id }).code).toBe('not_found');
    expect(count(h.journal)).toBe(0);
  });

  it('lists by subject, by resurfacing days, by pinned, and in combination, by day then id', () => {
    const h = setup();
    const ids = subjects(h);
    const add = (input: Omit<InputOf<'notes.create'>, 'kind'>) => h.call('notes.create', { kind: 'reflection', ...input }).body;
    add({ subjectType: 'special_order', subjectId: ids.special_order, day: '2026-03-01', body: 'B later day' });
    add({ subjectType: 'special_order', subjectId: ids.special_order, day: '2026-01-01', body: 'A early day', pinned: true, resurfaceOn: '2026-07-01' });
    add({ subjectType: 'special_order', subjectId: ids.special_order, day: '2026-03-01', body: 'C same day, later id', resurfaceOn: '2026-07-10' });
    add({ subjectType: 'trip', subjectId: ids.trip, day: '2026-02-01', body: 'D trip', pinned: true, resurfaceOn: '2026-08-31' });
    add({ subjectType: 'purchase', subjectId: ids.purchase, day: '2026-02-15', body: 'E purchase', resurfaceOn: '2026-06-30' });
    // The purchase's id is the same number as the special order's: the subject type tells them apart.
    expect(ids.purchase).toBe(ids.special_order);
    const bodies = (input: InputOf<'notes.list'>) => h.call('notes.list', input).map((n) => n.body);
    expect(bodies(undefined)).toEqual(['A early day', 'D trip', 'E purchase', 'B later day', 'C same day, later id']);
    expect(bodies({ subjectType: 'special_order', subjectId: ids.special_order })).toEqual(['A early day', 'B later day', 'C same day, later id']);
    expect(bodies({ subjectType: 'purchase', subjectId: ids.purchase })).toEqual(['E purchase']);
    expect(bodies({ subjectType: 'trip' })).toEqual(['D trip']);
    expect(bodies({ subjectType: 'contact', subjectId: ids.contact })).toEqual([]);
    expect(bodies({ resurfaceFrom: '2026-07-01', resurfaceTo: '2026-07-31' })).toEqual(['A early day', 'C same day, later id']);
    expect(bodies({ resurfaceFrom: '2026-07-05' })).toEqual(['D trip', 'C same day, later id']);
    expect(bodies({ resurfaceTo: '2026-06-30' })).toEqual(['E purchase']);
    expect(bodies({ pinned: true })).toEqual(['A early day', 'D trip']);
    expect(bodies({ pinned: false })).toEqual(['E purchase', 'B later day', 'C same day, later id']);
    expect(bodies({ pinned: true, subjectType: 'special_order', subjectId: ids.special_order })).toEqual(['A early day']);
    expect(bodies({ limit: 2, offset: 1 })).toEqual(['D trip', 'E purchase']);
  });

  it('refuses list filters that cannot mean anything', () => {
    const h = setup();
    const orphan = h.fail('notes.list', { subjectId: 1 });
    expect(orphan.issues?.map((i) => i.path)).toEqual([['subjectType']]);
    expect(orphan.message).toMatch(/subject type|kind of record/i);
    expect(h.fail('notes.list', { resurfaceFrom: '2026-08-01', resurfaceTo: '2026-07-01' }).issues).toEqual([
      { path: ['resurfaceTo'], message: 'The end of the range must be on or after its start.' },
    ]);
    expect(h.fail('notes.list', { pinned: 'yes' }).issues?.[0]?.path).toEqual(['pinned']);
  });

  it("a record's notes are deleted with it (trip and special order), other records' notes stay", () => {
    const h = setup();
    const ids = subjects(h);
    h.call('notes.create', { subjectType: 'trip', subjectId: ids.trip, kind: 'advice', body: 'trip note' });
    h.call('notes.create', { subjectType: 'special_order', subjectId: ids.special_order, kind: 'doubt', body: 'order note' });
    h.call('notes.create', { subjectType: 'purchase', subjectId: ids.purchase, kind: 'reflection', body: 'purchase note' });
    h.call('trips.delete', { id: ids.trip });
    h.call('specialOrders.delete', { id: ids.special_order });
    expect(h.call('notes.list', undefined).map((n) => n.body)).toEqual(['purchase note']);
  });
});
