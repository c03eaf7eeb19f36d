import { describe, expect, it } from 'vitest';
import { expiryFlag, type ExpiryTrip } from '../../src/renderer/src/pages/settings/identity-expiry';

const trip = (id: number, startDay: string, endDay: string, companions: string[] = []): ExpiryTrip => ({
  id,
  title: `Trip ${id}`,
  startDay,
  endDay,
  companions: companions.map((name) => ({ name })),
});

const TODAY = '2026-11-23';

describe('identity expiry flags', () => {
  it('flags an expired document whatever the trips', () => {
    expect(expiryFlag('2026-11-22', null, [], TODAY)).toEqual({ kind: 'expired' });
    expect(expiryFlag('2026-11-23', null, [], TODAY)).toBeNull();
    expect(expiryFlag(null, null, [trip(1, '2026-12-05', '2026-12-09')], TODAY)).toBeNull();
  });

  it('flags a document that expires less than six months after the last day of an upcoming trip', () => {
    const december = trip(1, '2026-12-05', '2026-12-09');
    // Six months after 9 Dec 2026 is 9 Jun 2027: valid until the day before is too short.
    expect(expiryFlag('2027-06-08', null, [december], TODAY)).toEqual({ kind: 'near-trip', trip: december, validUntil: '2027-06-09' });
    expect(expiryFlag('2027-06-09', null, [december], TODAY)).toBeNull();
    // A past trip does not count.
    expect(expiryFlag('2027-01-01', null, [trip(2, '2026-10-01', '2026-10-05')], TODAY)).toBeNull();
    // A trip under way still counts.
    expect(expiryFlag('2027-01-01', null, [trip(3, '2026-11-20', '2026-11-25')], TODAY)?.kind).toBe('near-trip');
  });

  it('reports the earliest trip, and counts a companion only on the trips that name them', () => {
    const spring = trip(1, '2027-04-10', '2027-04-14', ['Marie']);
    const december = trip(2, '2026-12-05', '2026-12-09', ['Arthur']);
    expect(expiryFlag('2027-05-01', null, [spring, december], TODAY)).toMatchObject({ trip: { id: 2 } });
    expect(expiryFlag('2027-05-01', 'marie ', [spring, december], TODAY)).toMatchObject({ trip: { id: 1 }, validUntil: '2027-10-14' });
    expect(expiryFlag('2027-05-01', 'Arthur', [spring, december], TODAY)).toMatchObject({ trip: { id: 2 } });
    expect(expiryFlag('2027-05-01', 'Claire', [spring, december], TODAY)).toBeNull();
  });

  it('adds calendar months (31 Aug + 6 months is the end of February)', () => {
    expect(expiryFlag('2027-02-27', null, [trip(1, '2026-08-25', '2026-08-31')], '2026-08-01')).toMatchObject({ validUntil: '2027-02-28' });
    expect(expiryFlag('2027-02-28', null, [trip(1, '2026-08-25', '2026-08-31')], '2026-08-01')).toBeNull();
  });
});
