/**
 * Settings › Rules: the user's own values of the rules Carnet takes from outside win wherever the
 * rule is used (calendar, .ics, quota, spend band, détaxe), refusals change nothing, a stored
 * value that cannot be used falls back to the reported one with a sentence, and restoring brings
 * the reported values back.
 */
import { describe, expect, it } from 'vitest';
import { effectiveRules, REPORTED_OVERRIDE_VALUES } from '../../src/shared/domain/rule-values';
import { isQuotaModel } from '../../src/shared/domain/quota-rule';
import { spendRatio } from '../../src/shared/domain/spend-profile';
import { waitGuidance } from '../../src/shared/domain/special-order-timing';
import { contentHash, harness } from './helpers';

const clock = () => new Date('2026-12-02T08:00:00Z');

describe('effective rules', () => {
  it('are the reported values until the user sets one, and name only real changes as overridden', () => {
    const reported = effectiveRules({});
    expect(reported.windowHours).toEqual({ opens: { hour: 10, minute: 30 }, closes: { hour: 19, minute: 0 } });
    expect(reported.quotaModels).toEqual(['Birkin', 'Kelly']);
    expect(reported.overridden).toEqual([]);
    // Typed back to the reported value: not the user's own.
    expect(effectiveRules({ quotaLimit: REPORTED_OVERRIDE_VALUES.quotaLimit }).overridden).toEqual([]);
    const mine = effectiveRules({ lotteryOpensAt: '11:00', quotaModels: ['Birkin', 'Kelly', 'Constance'], detaxeMinSpendMinor: 17501 });
    expect(mine.windowHours.opens).toEqual({ hour: 11, minute: 0 });
    expect(mine.detaxe.minSpendMinor).toBe(17501);
    expect(mine.detaxe.groupingDays).toBe(3);
    expect(mine.overridden).toEqual(['lotteryOpensAt', 'quotaModels', 'detaxeMinSpendMinor']);
  });

  it('take a user list of quota models, whole words, accents and case folded', () => {
    expect(isQuotaModel('Constance 24 Epsom', ['Birkin', 'Kelly'])).toBe(false);
    expect(isQuotaModel('Constance 24 Epsom', ['Birkin', 'Kelly', 'Constance'])).toBe(true);
    expect(isQuotaModel('kelly 25', [])).toBe(false);
    expect(isQuotaModel('Picotin 18 (c++)', ['c++'])).toBe(false); // a name is matched as text, never as a pattern
  });

  it('put the spend band edges where the user set them, exactly', () => {
    expect(spendRatio(150, 100).standing).toBe('within');
    expect(spendRatio(150, 100, { low: 1.5, high: 3 }).standing).toBe('within');
    expect(spendRatio(149, 100, { low: 1.5, high: 3 }).standing).toBe('below');
    expect(spendRatio(301, 100, { low: 1.5, high: 3 }).standing).toBe('above');
  });

  it('say the special-order wait in the user’s range, or the reported one', () => {
    expect(waitGuidance()).toMatch(/^Waits of 6 to 18 months are commonly reported, 2 to 3 years for exotic skins/);
    expect(waitGuidance([12, 30])).toBe('You expect waits of 12 to 30 months (set in Settings › Rules; 6 to 18 are reported); there is never a firm date.');
  });
});

describe('settings.update rules', () => {
  it('moves the lottery window everywhere: calendar, .ics text and times', () => {
    const h = harness({ clock });
    const trip = h.call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-08', endDay: '2026-12-09' });
    const window = () => h.call('calendar.range', { from: '2026-12-07', to: '2026-12-07', kinds: ['lottery'] }).find((e) => e.id === `lottery:${trip.id}:2026-12-08`);
    expect(window()).toMatchObject({ start: '2026-12-07T09:30:00.000Z', end: '2026-12-07T18:00:00.000Z' });

    h.call('settings.update', { rules: { lotteryOpensAt: '11:00', lotteryClosesAt: '19:30' } });
    expect(window()).toMatchObject({ start: '2026-12-07T10:00:00.000Z', end: '2026-12-07T18:30:00.000Z' });
    const ics = h.call('data.exportIcs', { scope: 'trip', tripId: trip.id }).content.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261207T110000');
    expect(ics).toContain('DTEND;TZID=Europe/Paris:20261207T193000');
    expect(ics).toContain('11:00–19:30 Paris time');

    // Restore: the reported hours again.
    h.call('settings.update', { rules: {} });
    expect(window()).toMatchObject({ start: '2026-12-07T09:30:00.000Z' });
  });

  it('counts the user’s own quota models and limit', () => {
    const h = harness({ clock });
    const fsh = h.call('boutiques.list', undefined).find((b) => b.code === 'fsh')!;
    const constance = { day: '2026-11-20', boutiqueId: fsh.id, source: 'walk_in', category: 'bag', model: 'Constance 24', quota: null, priceMinor: 1_000_000, currency: 'EUR' } as const;
    expect(h.call('offers.create', constance).quota).toBeNull();
    expect(h.call('profile.quota', undefined)).toMatchObject({ limit: 2, current: { offered: 0 } });

    h.call('settings.update', { rules: { quotaModels: ['Birkin', 'Kelly', 'Constance'], quotaLimit: 3 } });
    expect(h.call('offers.create', constance).quota).toBe(true);
    const quota = h.call('profile.quota', undefined);
    expect(quota).toMatchObject({ limit: 3, current: { offered: 1 } });
    expect(quota.limitLabel).toBe('Your own limit of 3 quota bags a year (set in Settings › Rules; 2 is reported) — not Hermès policy.');
  });

  it('judges détaxe by the user’s threshold and days, in the sentences too', () => {
    const h = harness({ clock });
    const fsh = h.call('boutiques.list', undefined).find((b) => b.code === 'fsh')!;
    const item = (priceMinor: number) => [{ category: 'jewelry' as const, description: 'Clic H', priceMinor }];
    const a = h.call('purchases.create', { day: '2026-11-23', currency: 'EUR', boutiqueId: fsh.id, items: item(15_000) });
    expect(a.detaxe.eligible).toBe(true);

    h.call('settings.update', { rules: { detaxeMinSpendMinor: 17_501, detaxeRefundLow: 10, detaxeRefundHigh: 12 } });
    expect(h.call('purchases.get', { id: a.id }).detaxe.eligible).toBe(false);
    const refused = h.fail('detaxe.create', { purchaseIds: [a.id], status: 'issued', issuedOn: '2026-11-23' });
    expect(refused.message).toContain('a form needs more than €175.00');

    const b = h.call('purchases.create', { day: '2026-11-24', currency: 'EUR', boutiqueId: fsh.id, items: item(5_000) });
    const form = h.call('detaxe.create', { purchaseIds: [a.id, b.id], status: 'issued', issuedOn: '2026-11-24' });
    expect(form.expectedRefundMinor).toEqual([2_000, 2_400]);

    h.call('settings.update', { rules: { detaxeGroupingDays: 1, detaxeMinSpendMinor: 17_501 } });
    expect(h.call('detaxe.get', { id: form.id }).problems).toEqual([
      'The receipts run from Mon 23 Nov 2026 to Tue 24 Nov 2026 (2 days); one form covers up to 1 consecutive day.',
    ]);
  });

  it.each([
    [{ lotteryOpensAt: '19:00', lotteryClosesAt: '10:30' }, ['rules', 'lotteryClosesAt'], 'The window closes after it opens.'],
    [{ lotteryOpensAt: '25:00' }, ['rules', 'lotteryOpensAt'], 'The window opens at is a time like 11:00 (24-hour clock).'],
    [{ quotaModels: ['Birkin', 'birkin'] }, ['rules', 'quotaModels'], 'Each quota model is listed once.'],
    [{ quotaModels: ['Birkin', ' '] }, ['rules', 'quotaModels', 1], 'A quota model cannot be empty.'],
    [{ quotaLimit: -1 }, ['rules', 'quotaLimit'], 'Quota bags a year is at least 0 bags.'],
    [{ ratioLow: 3, ratioHigh: 2 }, ['rules', 'ratioHigh'], 'The high end of the spend band is at least its low end.'],
    [{ ratioLow: 1.25 }, ['rules', 'ratioLow'], 'The low end of the spend band takes one decimal at most, like 1.5.'],
    [{ detaxeMinSpendMinor: 0 }, ['rules', 'detaxeMinSpendMinor'], 'The détaxe threshold is more than €0.00.'],
    [{ detaxeGroupingDays: 0 }, ['rules', 'detaxeGroupingDays'], 'Days on one form is at least 1 day.'],
    [{ detaxeRefundLow: 25 }, ['rules', 'detaxeRefundLow'], 'The lowest refund reported is at most 20 percent.'],
    [{ waitMonthsLow: 20, waitMonthsHigh: 10 }, ['rules', 'waitMonthsHigh'], 'The longest wait is at least the shortest.'],
    [{ hoursOfMars: 3 }, ['rules'], null],
  ])('refuses %j in the words of the form and changes nothing', (rules, path, message) => {
    const h = harness({ clock });
    h.call('settings.update', { rules: { quotaLimit: 3 } });
    const before = contentHash(h.journal);
    const error = h.fail('settings.update', { rules });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(path);
    if (message) expect(error.issues?.[0]?.message).toBe(message);
    expect(contentHash(h.journal)).toBe(before);
    expect(h.call('settings.get', undefined).rules).toEqual({ quotaLimit: 3 });
  });

  it('reads a stored value it cannot use as the reported rules, and says so', () => {
    const h = harness({ clock });
    h.journal.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('rules', ?)`).run(JSON.stringify({ lotteryOpensAt: '20:00', lotteryClosesAt: '10:00' }));
    const settings = h.call('settings.get', undefined);
    expect(settings.rules).toEqual({});
    expect(settings.fallbacks).toEqual([
      'The stored rules you set in Settings › Rules {"lotteryOpensAt":"20:00","lotteryClosesAt":"10:00"} is not valid, so the reported values are used; choose it again in Settings.',
    ]);
  });
});
