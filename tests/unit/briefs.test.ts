import { describe, expect, it } from 'vitest';
import { contentHash, harness } from './helpers';

// Monday 23 November 2026, 12:00 in Paris.
const NOW = new Date('2026-11-23T11:00:00Z');
const setup = () => harness({ clock: () => NOW });
type H = ReturnType<typeof setup>;

function world(h: H) {
  const [fsh, georgeV] = h.call('boutiques.list', undefined);
  h.call('settings.update', { homeZone: 'America/New_York' });
  const camille = h.call('contacts.create', { name: 'Camille', role: 'sa', boutiqueId: georgeV!.id });
  const attempt = h.call('attempts.create', {
    method: 'lottery',
    wantedDay: '2026-11-24',
    boutiqueId: fsh!.id,
    contactId: camille.id,
    result: 'granted',
    appointmentBoutiqueId: georgeV!.id,
    appointmentAt: '2026-11-24T14:30:00+01:00',
  });
  return { fsh: fsh!, georgeV: georgeV!, camille, attempt };
}

describe('the brief', () => {
  it('gathers the appointment, the wishlist in priority order, the SA, the spend at that store per currency, the last offer and pinned advice', () => {
    const h = setup();
    const w = world(h);
    h.call('wishlist.create', { model: 'Picotin', size: '18', priority: 3 });
    const kelly = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorColour: 'Gold', priority: 1 });
    h.call('wishlist.create', { model: 'Evelyne', priority: 2, status: 'let_go' });
    h.call('interactions.create', { contactId: w.camille.id, day: '2026-10-02', kind: 'messaged', summary: 'Said a Kelly may come in spring.' });
    h.call('interactions.create', { contactId: w.camille.id, day: '2026-11-02', kind: 'called', summary: 'Asked about my trip dates.' });
    h.call('purchases.create', { day: '2026-03-10', boutiqueId: w.georgeV.id, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55_000 }] });
    h.call('purchases.create', { day: '2025-05-10', boutiqueId: w.georgeV.id, currency: 'EUR', items: [{ category: 'shoes', description: 'Oran', priceMinor: 72_000 }] });
    h.call('purchases.create', { day: '2026-04-10', boutiqueId: w.georgeV.id, currency: 'USD', items: [{ category: 'jewelry', description: 'Clic H', priceMinor: 80_000 }] });
    h.call('purchases.create', { day: '2026-04-11', boutiqueId: w.fsh.id, currency: 'EUR', items: [{ category: 'home', description: 'Plates', priceMinor: 99_000 }] });
    h.call('offers.create', { day: '2026-09-03', boutiqueId: w.georgeV.id, source: 'sa_call', model: 'Lindy', decision: 'declined' });
    h.call('notes.create', { subjectType: 'contact', subjectId: w.camille.id, day: '2026-11-02', kind: 'advice', body: 'Do not talk price first.', pinned: true });
    h.call('notes.create', { subjectType: 'trip', subjectId: h.call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-11-22', endDay: '2026-11-26' }).id, day: '2026-11-01', kind: 'advice', body: 'Unpinned advice', pinned: false });

    const b = h.call('briefs.get', { subject: 'attempt', id: w.attempt.id });
    expect(b.title).toBe(`Appointment at ${w.georgeV.name}`);
    expect(b.moment).toMatchObject({ day: '2026-11-24', time: '14:30', zone: 'Europe/Paris', homeZone: 'America/New_York', homeDay: '2026-11-24', homeTime: '08:30', inDays: 1 });
    expect(b.store).toMatchObject({ id: w.georgeV.id, address: expect.stringContaining('George V') });
    expect(b.contact?.name).toBe('Camille');
    expect(b.wishlist.map((x) => x.model)).toEqual(['Kelly', 'Picotin']);
    expect(b.wishlist[0]!.id).toBe(kelly.id);
    expect(b.interactions.map((i) => i.summary)).toEqual(['Asked about my trip dates.', 'Said a Kelly may come in spring.']);
    // Per currency, never summed: EUR this year 550, all time 1270; USD 800.
    expect(b.storeSpend).toEqual([
      { currency: 'EUR', thisYearMinor: 55_000, allTimeMinor: 127_000 },
      { currency: 'USD', thisYearMinor: 80_000, allTimeMinor: 80_000 },
    ]);
    expect(b.lastOffer?.model).toBe('Lindy');
    expect(b.daysSinceLastOffer).toBe(81);
    expect(b.advice.map((n) => n.body)).toEqual(['Do not talk price first.']);
    expect(b.quota.currentYear).toBe(2026);
  });

  it('is there for a visit and a contact, and refused for an attempt with no appointment', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', { day: '2026-11-24', time: '11:00', boutiqueId: w.fsh.id, status: 'planned' });
    expect(h.call('briefs.get', { subject: 'visit', id: v.id }).moment).toMatchObject({ time: '11:00', homeTime: '05:00' });
    const c = h.call('briefs.get', { subject: 'contact', id: w.camille.id });
    expect(c.moment).toBeNull();
    expect(c.store?.id).toBe(w.georgeV.id);
    const pending = h.call('attempts.create', { method: 'lottery', wantedDay: '2026-11-25' });
    const e = h.fail('briefs.get', { subject: 'attempt', id: pending.id });
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('a brief is for a granted appointment');
  });
});

describe('the debrief', () => {
  const pastAppointment = (h: H) => {
    const w = world(h);
    const past = h.call('attempts.create', {
      method: 'lottery',
      wantedDay: '2026-11-21',
      boutiqueId: w.georgeV.id,
      contactId: w.camille.id,
      result: 'granted',
      appointmentAt: '2026-11-21T11:00:00+01:00',
    });
    return { ...w, past };
  };

  it('records the interaction, a declined offer, a purchase and the follow-up at once, each its own record', () => {
    const h = setup();
    const w = pastAppointment(h);
    const d = h.call('briefs.debrief', {
      subject: 'attempt',
      id: w.past.id,
      interaction: { summary: 'Shown a Picotin; Camille will call about a Kelly.' },
      offers: [{ model: 'Picotin', size: '18', colour: 'Vert Criquet', decision: 'declined', reason: 'Not the colour.' }],
      purchases: [{ currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55_000 }] }],
      followUpOn: '2026-12-15',
    });
    expect(d.interaction).toMatchObject({ contactId: w.camille.id, day: '2026-11-21', kind: 'visited' });
    expect(d.offers).toHaveLength(1);
    expect(d.offers[0]).toMatchObject({ decision: 'declined', decidedOn: '2026-11-21', attemptId: w.past.id, boutiqueId: w.georgeV.id, contactId: w.camille.id, source: 'appointment', time: '11:00' });
    expect(d.purchases).toHaveLength(1);
    expect(d.purchases[0]).toMatchObject({ day: '2026-11-21', boutiqueId: w.georgeV.id, contactId: w.camille.id });
    expect(d.followUpOn).toBe('2026-12-15');
    expect(h.call('contacts.get', { id: w.camille.id }).followUpOn).toBe('2026-12-15');
    expect(h.call('offers.list', { attemptId: w.past.id })).toHaveLength(1);
  });

  it('turns a taken offer into its purchase, and brings a visit’s outcome up to date', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', { day: '2026-11-20', boutiqueId: w.georgeV.id, contactId: w.camille.id, outcome: 'nothing' });
    const d = h.call('briefs.debrief', { subject: 'visit', id: v.id, offers: [{ model: 'Evelyne', size: 'PM', decision: 'taken', priceMinor: 260_000, currency: 'EUR' }] });
    expect(d.offers[0]!.purchaseId).not.toBeNull();
    expect(d.purchases).toHaveLength(1);
    expect(d.visit?.outcome).toBe('bought');
  });

  it('writes nothing when any part is wrong, and says which part in the form’s words', () => {
    const h = setup();
    const w = pastAppointment(h);
    const before = contentHash(h.journal);
    const e = h.fail('briefs.debrief', {
      subject: 'attempt',
      id: w.past.id,
      interaction: { summary: 'Fine.' },
      offers: [{ model: 'Kelly', decision: 'taken' }],
      purchases: [{ currency: 'EUR', items: [{ category: 'scarves', description: 'Carré', priceMinor: 1000 }] }],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.issues).toEqual([{ path: ['offers', 0, 'priceMinor'], message: 'Enter the price paid; it becomes the purchase.' }]);
    expect(contentHash(h.journal)).toBe(before);
    const blank = h.fail('briefs.debrief', { subject: 'attempt', id: w.past.id, offers: [{ model: '', decision: 'declined' }] });
    expect(blank.issues?.[0]).toEqual({ path: ['offers', 0, 'model'], message: 'What was offered is required.' });
    const badItem = h.fail('briefs.debrief', { subject: 'attempt', id: w.past.id, purchases: [{ currency: 'EUR', items: [] }] });
    expect(badItem.message).toBe('A purchase has at least one item.');
    const nothing = h.fail('briefs.debrief', { subject: 'attempt', id: w.past.id });
    expect(nothing.message).toContain('Nothing to record yet');
    const ahead = h.fail('briefs.debrief', { subject: 'attempt', id: w.attempt.id, interaction: { summary: 'x' } });
    expect(ahead.message).toBe('This appointment is still to come; write the debrief once it has happened. Nothing was saved.');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('refuses to log an interaction when the visit names no SA', () => {
    const h = setup();
    const w = world(h);
    const v = h.call('visits.create', { day: '2026-11-20', boutiqueId: w.fsh.id });
    const before = contentHash(h.journal);
    const e = h.fail('briefs.debrief', { subject: 'visit', id: v.id, interaction: { summary: 'Nice chat.' } });
    expect(e.message).toBe('This visit names no SA, so there is no log to write in: add the SA to the visit first. Nothing was saved.');
    expect(contentHash(h.journal)).toBe(before);
  });
});
