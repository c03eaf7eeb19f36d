/**
 * The first-run welcome shows once, on a new journal: not after it was answered or skipped (a
 * setting kept in the journal), and never on a journal that already holds records.
 */
import { describe, expect, it } from 'vitest';
import { currencyForZone } from '../../src/shared/domain/zone-currency';
import { seedJournal } from './fixtures/data-seed';
import { harness } from './helpers';

describe('the first-run welcome', () => {
  it('shows on a new journal until it is answered, then never again', () => {
    const { call } = harness();
    expect(call('settings.get', undefined).welcome).toBeUndefined();
    expect(call('settings.welcome', undefined)).toEqual({ show: true });
    expect(call('settings.update', { welcome: 'completed', homeZone: 'Asia/Tokyo', defaultCurrency: 'JPY' })).toMatchObject({ welcome: 'completed', homeZone: 'Asia/Tokyo', defaultCurrency: 'JPY' });
    expect(call('settings.welcome', undefined)).toEqual({ show: false });
  });

  it('does not show once skipped', () => {
    const { call } = harness();
    call('settings.update', { welcome: 'skipped' });
    expect(call('settings.welcome', undefined)).toEqual({ show: false });
  });

  it('does not show on a journal that holds records, or a boutique of the user’s own', () => {
    const seeded = harness();
    seedJournal(seeded.dispatch);
    expect(seeded.call('settings.welcome', undefined)).toEqual({ show: false });

    const withStore = harness();
    withStore.call('boutiques.create', { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', isHome: true });
    expect(withStore.call('settings.welcome', undefined)).toEqual({ show: false });
  });

  it('refuses an answer that is not completed or skipped, in words', () => {
    const { call, fail } = harness();
    const error = fail('settings.update', { welcome: 'maybe' });
    expect(error.issues?.[0]).toMatchObject({ path: ['welcome'], message: 'The welcome is completed or skipped.' });
    expect(call('settings.welcome', undefined)).toEqual({ show: true });
  });

  it('reads a stored answer it cannot use as not set, and says so', () => {
    const { call, journal } = harness();
    journal.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('welcome', '\"someday\"')").run();
    const settings = call('settings.get', undefined);
    expect(settings.welcome).toBeUndefined();
    expect(settings.fallbacks).toEqual(['The stored first-run welcome answer "someday" is not valid, so it reads as not set; choose it again in Settings.']);
  });
});

describe('the currency suggested for a home zone', () => {
  it.each([
    ['Europe/Paris', 'EUR'],
    ['Europe/London', 'GBP'],
    ['Europe/Zurich', 'CHF'],
    ['America/New_York', 'USD'],
    ['America/Toronto', 'CAD'],
    ['America/Argentina/Buenos_Aires', 'ARS'],
    ['Asia/Tokyo', 'JPY'],
    ['Asia/Hong_Kong', 'HKD'],
    ['Australia/Sydney', 'AUD'],
    ['UTC', 'EUR'],
  ])('%s → %s', (zone, currency) => {
    expect(currencyForZone(zone)).toBe(currency);
  });

  it('only suggests currencies the journal accepts', () => {
    const known = new Set(Intl.supportedValuesOf('currency'));
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(known.has(currencyForZone(zone)), zone).toBe(true);
  });
});
