import { describe, expect, it } from 'vitest';
import { appointmentReminders, type ReminderBoutique, type ReminderContact, type ReminderTrip } from '../../src/renderer/src/pages/contacts/appointment-reminder';

const boutiques: ReminderBoutique[] = [
  { id: 1, name: 'Faubourg Saint-Honoré', isHome: false, takesLeatherAppointments: true },
  { id: 4, name: 'Madison Avenue', isHome: true, takesLeatherAppointments: false },
  { id: 5, name: 'Wall Street', isHome: false, takesLeatherAppointments: false },
];
const contacts: ReminderContact[] = [
  { id: 10, name: 'Claire', role: 'sa', boutiqueId: 4 },
  { id: 11, name: 'Bea', role: 'sa', boutiqueId: 4 },
  { id: 12, name: 'Sophie', role: 'manager', boutiqueId: 4 },
  { id: 13, name: 'Julien', role: 'sa', boutiqueId: 1 },
  { id: 14, name: 'Dana', role: 'sa', boutiqueId: 5 },
];
const trip = (over: Partial<ReminderTrip> = {}): ReminderTrip => ({ id: 1, title: 'Paris in December', city: 'Paris', startDay: '2026-12-04', boutiqueIds: [], ...over });

describe('appointmentReminders', () => {
  it('names every home-store SA (not managers, not other stores) for a Paris trip within two months, by name', () => {
    const r = appointmentReminders({ today: '2026-11-23', trips: [trip()], contacts, boutiques, interactions: [] });
    expect(r).toHaveLength(1);
    expect(r[0]!.daysUntil).toBe(11);
    expect(r[0]!.askedSince).toBe('2026-09-04');
    expect(r[0]!.contacts.map((c) => [c.name, c.boutiqueName])).toEqual([
      ['Bea', 'Madison Avenue'],
      ['Claire', 'Madison Avenue'],
    ]);
  });

  it('an ask on or after three months before the trip counts; an older one or another kind does not', () => {
    const r = appointmentReminders({
      today: '2026-11-23',
      trips: [trip()],
      contacts,
      boutiques,
      interactions: [
        { contactId: 10, kind: 'asked_appointment', day: '2026-09-04' },
        { contactId: 11, kind: 'asked_appointment', day: '2026-09-03' },
        { contactId: 11, kind: 'messaged', day: '2026-11-20' },
      ],
    });
    expect(r[0]!.contacts.map((c) => c.name)).toEqual(['Bea']);
    const none = appointmentReminders({
      today: '2026-11-23',
      trips: [trip()],
      contacts,
      boutiques,
      interactions: [
        { contactId: 10, kind: 'asked_appointment', day: '2026-10-01' },
        { contactId: 11, kind: 'asked_appointment', day: '2026-11-01' },
      ],
    });
    expect(none).toEqual([]);
  });

  it('only trips starting from today up to two months ahead, and only Paris trips', () => {
    const at = (startDay: string, over: Partial<ReminderTrip> = {}) =>
      appointmentReminders({ today: '2026-11-23', trips: [trip({ startDay, ...over })], contacts, boutiques, interactions: [] }).length;
    expect(at('2026-11-23')).toBe(1);
    expect(at('2027-01-23')).toBe(1);
    expect(at('2027-01-24')).toBe(0);
    expect(at('2026-11-22')).toBe(0);
    expect(at('2026-12-10', { city: 'Tokyo' })).toBe(0);
    // A trip whose city is spelt otherwise but plans a Paris leather boutique counts.
    expect(at('2026-12-10', { city: 'Île-de-France', boutiqueIds: [1] })).toBe(1);
    expect(at('2026-12-10', { city: ' PARIS ' })).toBe(1);
  });

  it('no home store or no SA there: no reminder', () => {
    const noHome = boutiques.map((b) => ({ ...b, isHome: false }));
    expect(appointmentReminders({ today: '2026-11-23', trips: [trip()], contacts, boutiques: noHome, interactions: [] })).toEqual([]);
    expect(appointmentReminders({ today: '2026-11-23', trips: [trip()], contacts: contacts.filter((c) => c.boutiqueId !== 4 || c.role !== 'sa'), boutiques, interactions: [] })).toEqual([]);
  });

  it('two trips in the window are listed soonest first, each with its own lookback (an ask for December is too old for January)', () => {
    const r = appointmentReminders({
      today: '2026-11-23',
      trips: [trip({ id: 2, title: 'January', startDay: '2027-01-15' }), trip()],
      contacts,
      boutiques,
      interactions: [{ contactId: 10, kind: 'asked_appointment', day: '2026-10-01' }],
    });
    expect(r.map((x) => [x.trip.title, x.contacts.map((c) => c.name)])).toEqual([
      ['Paris in December', ['Bea']],
      ['January', ['Bea', 'Claire']],
    ]);
    expect(r[1]!.askedSince).toBe('2026-10-15');
  });
});
