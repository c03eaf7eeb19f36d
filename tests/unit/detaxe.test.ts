import { describe, expect, it } from 'vitest';
import { assessDetaxe, detaxeDeadline, isDetaxeEligible, type DetaxeFacts } from '../../src/shared/domain/detaxe';

const fsh: DetaxeFacts = { day: '2026-12-07', currency: 'EUR', boutiqueCountry: 'FR', shopDayTotalMinor: 10001 };

describe('détaxe eligibility (reported rule)', () => {
  it('needs strictly more than €100.00 in the shop that day', () => {
    expect(isDetaxeEligible({ ...fsh, shopDayTotalMinor: 10000 })).toBe(false);
    expect(isDetaxeEligible({ ...fsh, shopDayTotalMinor: 10001 })).toBe(true);
    expect(isDetaxeEligible({ ...fsh, shopDayTotalMinor: 0 })).toBe(false);
  });

  it('needs euros', () => {
    expect(isDetaxeEligible({ ...fsh, currency: 'USD', shopDayTotalMinor: 500000 })).toBe(false);
  });

  it('needs a French boutique, or none recorded', () => {
    expect(isDetaxeEligible({ ...fsh, boutiqueCountry: 'US' })).toBe(false);
    expect(isDetaxeEligible({ ...fsh, boutiqueCountry: 'DE' })).toBe(false);
    expect(isDetaxeEligible({ ...fsh, boutiqueCountry: 'fr' })).toBe(true);
    expect(isDetaxeEligible({ ...fsh, boutiqueCountry: null })).toBe(true);
  });
});

describe('détaxe deadline: last day of the third month after the month of purchase', () => {
  it.each([
    ['2026-11-30', '2027-02-28'],
    ['2027-11-15', '2028-02-29'],
    ['2026-01-01', '2026-04-30'],
    ['2026-01-31', '2026-04-30'],
    ['2026-10-31', '2027-01-31'],
    ['2026-12-07', '2027-03-31'],
    ['2026-03-31', '2026-06-30'],
  ])('%s → %s', (day, deadline) => {
    expect(detaxeDeadline(day)).toBe(deadline);
  });

  it('refuses something that is not a calendar day', () => {
    expect(() => detaxeDeadline('2026-13-01')).toThrow(RangeError);
    expect(() => detaxeDeadline('2026-12-07T10:00')).toThrow(RangeError);
  });
});

describe('assessDetaxe', () => {
  it('gives the deadline when the rule says eligible', () => {
    expect(assessDetaxe({ ...fsh, day: '2026-11-30' }, 'not_applicable')).toEqual({ eligible: true, deadline: '2027-02-28' });
  });

  it('gives no deadline when neither the rule nor the user puts a form in play', () => {
    expect(assessDetaxe({ ...fsh, shopDayTotalMinor: 10000 }, 'not_applicable')).toEqual({ eligible: false, deadline: null });
  });

  it('gives the deadline when the user overrides the rule with a status', () => {
    expect(assessDetaxe({ ...fsh, shopDayTotalMinor: 10000 }, 'form_issued')).toEqual({ eligible: false, deadline: '2027-03-31' });
  });
});
