import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currency as currencyField, minorUnits } from '../../src/shared/api/fields';
import {
  addMinor,
  formatMoney,
  MAX_MINOR,
  MINOR_DIGITS,
  minorDigits,
  minorToDecimal,
  minorToInput,
  moneyProblem,
  parseMoney,
  type MoneyReading,
} from '../../src/shared/domain/money';
import { harness } from './helpers';

const read = (text: string, currency = 'EUR', locale = 'en-US'): MoneyReading => parseMoney(text, currency, locale);
const minor = (text: string, currency = 'EUR', locale = 'en-US'): number | null => {
  const r = read(text, currency, locale);
  return r.ok ? r.minor : null;
};

describe('minor digits pinned from ISO 4217, not from Intl', () => {
  it('knows the usual currencies', () => {
    expect([minorDigits('EUR'), minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD'), minorDigits('CLF'), minorDigits('CHF')]).toEqual([2, 2, 0, 3, 4, 2]);
  });

  it('follows ISO where the runtime’s CLDR data says otherwise', () => {
    // Intl gives 0 decimals to these; ISO 4217 List One gives 2 (IQD: 3).
    for (const c of ['IDR', 'HUF', 'COP', 'PKR', 'AFN', 'ALL', 'IRR', 'LAK', 'LBP', 'MGA', 'MMK', 'SOS', 'SYP', 'YER', 'KPW']) expect(minorDigits(c), c).toBe(2);
    expect(minorDigits('IQD')).toBe(3);
    expect(minorDigits('ISK')).toBe(0);
    expect(minorDigits('KRW')).toBe(0);
  });

  it('has an entry for every code the contract accepts', () => {
    const accepted = Intl.supportedValuesOf('currency').filter((c) => currencyField.safeParse(c).success);
    const missing = accepted.filter((c) => !(c in MINOR_DIGITS));
    // Only units whose ISO minor unit is "N.A." (the IMF SDR, the SUCRE) are left to the default.
    expect(missing.every((c) => ['XDR', 'XSU', 'XAU', 'XAG', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XTS', 'XXX', 'XUA'].includes(c)), missing.join(' ')).toBe(true);
    for (const c of Object.keys(MINOR_DIGITS)) expect(c).toMatch(/^[A-Z]{3}$/);
    expect(Object.keys(MINOR_DIGITS).length).toBeGreaterThan(150);
  });
});

describe('parseMoney reads what people type', () => {
  it.each([
    ['980', 'EUR', 98000],
    ['12,50', 'EUR', 1250],
    ['12,5', 'EUR', 1250],
    ['12.50', 'EUR', 1250],
    ['12 €', 'EUR', 1200],
    ['1 250', 'EUR', 125000],
    ['1 250,50 €', 'EUR', 125050],
    ['1\u202f250,50\u00a0€', 'EUR', 125050],
    ['€1,250.50', 'EUR', 125050],
    ['€ 1 250,50', 'EUR', 125050],
    ['1.250,50', 'EUR', 125050],
    ['1,250.50', 'USD', 125050],
    ['$9,800', 'USD', 980000],
    ['10,400', 'EUR', 1040000],
    ['11 400', 'EUR', 1140000],
    ['1.250.000', 'EUR', 125000000],
    ["CHF 12'500.05", 'CHF', 1250005],
    ['12’500', 'CHF', 1250000],
    ['98 000 ¥', 'JPY', 98000],
    ['¥98,000', 'JPY', 98000],
    ['98.000', 'JPY', 98000],
    ['98000 JPY', 'JPY', 98000],
    ['1,000,000', 'KWD', 1000000000],
    ['1.005', 'KWD', 1005],
    ['1,250.500', 'KWD', 1250500],
    ['1,00,000', 'INR', 10000000],
    ['1 500 000 Rp', 'IDR', 150000000],
    ['.5', 'EUR', 50],
    ['0', 'EUR', 0],
    ['0.29', 'EUR', 29],
    ['12.50000', 'EUR', 1250],
    ['100000000000', 'EUR', MAX_MINOR],
  ] as const)('%s %s → %d', (text, currency, expected) => {
    expect(read(text, currency)).toEqual({ ok: true, minor: expected });
  });

  it('says why text is not an amount', () => {
    expect(read('')).toEqual({ ok: false, reason: 'empty' });
    expect(read('   ')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['abc', '12a', '-5', '1,2,3', '12,5,0', '1.2.3,4,5', '12.345.6', '1..2', '1,,000', '€12€', '12 abc', '1,23,4']) {
      expect(read(bad).ok, bad).toBe(false);
      expect(read(bad), bad).not.toEqual(expect.objectContaining({ reason: 'ambiguous' }));
    }
    expect(read('12,3456')).toEqual({ ok: false, reason: 'too_many_decimals', digits: 2 });
    expect(read('1.234,567')).toEqual({ ok: false, reason: 'too_many_decimals', digits: 2 });
    expect(read('98.5', 'JPY')).toEqual({ ok: false, reason: 'too_many_decimals', digits: 0 });
    expect(read('12 $')).toEqual({ ok: false, reason: 'other_currency', typed: '$' });
    expect(read('12 USD')).toEqual({ ok: false, reason: 'other_currency', typed: 'USD' });
  });

  it('refuses an amount above the cap as too large, even past what a JS number holds', () => {
    for (const big of ['10000000000000000', '100000000000.01', '99999999999999999999999', '1,000,000,000,000']) {
      expect(read(big), big).toEqual({ ok: false, reason: 'too_large', max: MAX_MINOR });
    }
    expect(moneyProblem(read('10000000000000000'), 'EUR', {}, 'en-US')).toBe('That is more than €100,000,000,000.00; check the number of zeros.');
    expect(moneyProblem(read('10000000000000000', 'JPY'), 'JPY', {}, 'en-US')).toBe('That is more than ¥10,000,000,000,000; check the number of zeros.');
  });
});

describe('one mark with three digits after it is never guessed', () => {
  it('asks back "12.345" in euros with both readings', () => {
    expect(read('12.345')).toEqual({ ok: false, reason: 'ambiguous', candidates: [1234500, 1235] });
    expect(moneyProblem(read('12.345'), 'EUR', {}, 'en-US')).toBe('Did you mean €12,345.00 or €12.35?');
    expect(read('12.000')).toEqual({ ok: false, reason: 'ambiguous', candidates: [1200000, 1200] });
  });

  it('reads the locale’s own group mark as grouping, and asks when it is the locale’s decimal mark', () => {
    expect(minor('3,000', 'EUR', 'en-US')).toBe(300000);
    expect(read('3,000', 'EUR', 'fr-FR')).toEqual({ ok: false, reason: 'ambiguous', candidates: [300000, 300] });
    expect(read('3,000', 'EUR', 'de-DE')).toEqual({ ok: false, reason: 'ambiguous', candidates: [300000, 300] });
    expect(minor('3.000', 'EUR', 'de-DE')).toBe(300000);
    expect(read('3.000', 'EUR', 'fr-FR')).toEqual({ ok: false, reason: 'ambiguous', candidates: [300000, 300] });
    expect(moneyProblem(read('12.345', 'EUR', 'fr-FR'), 'EUR', {}, 'fr-FR')).toBe('Did you mean 12\u202f345,00\u00a0€ or 12,35\u00a0€?');
  });

  it('is not ambiguous with both marks, with spaces, with other than three digits, or without decimals', () => {
    expect(minor('1,250.50')).toBe(125050);
    expect(minor('1.250,50')).toBe(125050);
    expect(minor('1 250,500', 'KWD')).toBe(1250500);
    expect(read('1 250,505')).toEqual({ ok: false, reason: 'too_many_decimals', digits: 2 });
    expect(minor('12,50')).toBe(1250);
    expect(minor('1234.5')).toBe(123450);
    expect(read('1234.567')).toEqual({ ok: false, reason: 'too_many_decimals', digits: 2 });
    expect(minor('0.500')).toBe(50);
    expect(minor('12.345', 'JPY')).toBe(12345);
    expect(minor('12,345', 'JPY', 'de-DE')).toBe(12345);
  });

  it('in a three-decimal currency, the locale’s decimal mark is decimal, its group mark groups, a foreign one is asked', () => {
    expect(minor('1.000', 'KWD', 'en-US')).toBe(1000);
    expect(minor('1,000', 'KWD', 'en-US')).toBe(1000000);
    expect(minor('1,000', 'KWD', 'fr-FR')).toBe(1000);
    expect(read('1.000', 'KWD', 'fr-FR')).toEqual({ ok: false, reason: 'ambiguous', candidates: [1000000, 1000] });
  });

  it('the candidates, typed back, read as themselves', () => {
    for (const [text, locale] of [['12.345', 'en-US'], ['3,000', 'fr-FR'], ['10,400', 'de-DE'], ['1.000', 'fr-FR']] as const) {
      const currency = text === '1.000' ? 'KWD' : 'EUR';
      const r = read(text, currency, locale);
      if (r.ok || r.reason !== 'ambiguous') throw new Error(`${text} should be ambiguous`);
      for (const c of r.candidates) {
        expect(minor(minorToInput(c, currency, locale), currency, locale)).toBe(c);
        expect(minor(formatMoney(c, currency, locale), currency, locale)).toBe(c);
      }
    }
  });
});

describe('formatting', () => {
  it('uses Intl’s currency format with the pinned digits', () => {
    expect(formatMoney(125050, 'EUR', 'en-US')).toBe('€1,250.50');
    expect(formatMoney(98000, 'JPY', 'en-US')).toBe('¥98,000');
    expect(formatMoney(1250500, 'KWD', 'en-US')).toBe('KWD\u00a01,250.500');
    expect(formatMoney(150000000, 'IDR', 'en-US')).toBe('IDR\u00a01,500,000.00');
    expect(formatMoney(125050, 'EUR', 'fr-FR')).toBe('1\u202f250,50\u00a0€');
    // Exact past where a float of the major unit would round.
    expect(formatMoney(MAX_MINOR - 1, 'EUR', 'en-US')).toBe('€99,999,999,999.99');
  });

  it('writes minor units back for an input, in the locale’s decimal mark', () => {
    expect(minorToInput(125050, 'EUR', 'en-US')).toBe('1250.50');
    expect(minorToInput(125050, 'EUR', 'fr-FR')).toBe('1250,50');
    expect(minorToInput(5, 'EUR', 'en-US')).toBe('0.05');
    expect(minorToInput(98000, 'JPY', 'en-US')).toBe('98000');
    expect(minorToInput(1005, 'KWD', 'de-DE')).toBe('1,005');
    expect(minorToDecimal(-5, 'EUR')).toBe('-0.05');
    expect(minorToDecimal(9_999_999_999_999, 'USD')).toBe('99999999999.99');
  });
});

describe('properties', () => {
  const currencies = fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'CHF', 'GBP', 'IDR', 'HUF', 'CLF', 'ISK', 'INR');
  const locales = fc.constantFrom('en-US', 'en-GB', 'fr-FR', 'de-DE', 'de-CH', 'it-IT', 'ja-JP', 'es-ES', 'nl-NL', 'en-IN');
  const amounts = fc.integer({ min: 0, max: MAX_MINOR });

  it('formatting then parsing any amount gives it back', () => {
    fc.assert(
      fc.property(amounts, currencies, locales, (m, c, l) => {
        expect(parseMoney(formatMoney(m, c, l), c, l)).toEqual({ ok: true, minor: m });
      }),
      { numRuns: 3000 },
    );
  });

  it('minorToInput then parsing any amount gives it back', () => {
    fc.assert(
      fc.property(amounts, currencies, locales, (m, c, l) => {
        expect(parseMoney(minorToInput(m, c, l), c, l)).toEqual({ ok: true, minor: m });
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, and any amount read is a safe integer within the cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,  \u00a0\'€$¥-aE'.split('')), maxLength: 24 }), currencies, locales, (t, c, l) => {
        const r = parseMoney(t, c, l);
        if (r.ok) {
          expect(Number.isSafeInteger(r.minor)).toBe(true);
          expect(r.minor).toBeGreaterThanOrEqual(0);
          expect(r.minor).toBeLessThanOrEqual(MAX_MINOR);
          expect(minorUnits.safeParse(r.minor).success).toBe(true);
        } else {
          expect(typeof moneyProblem(r, c, {}, l)).toBe('string');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a receipt of 100 items at the cap sums exactly; addMinor refuses past the safe range', () => {
    expect(100 * MAX_MINOR).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(addMinor(MAX_MINOR, MAX_MINOR)).toBe(2 * MAX_MINOR);
    expect(addMinor(Number.MAX_SAFE_INTEGER, 1)).toBeNull();
  });
});

describe('totals in the journal', () => {
  it('a receipt at the cap (100 items of €100 billion) totals exactly; a total past 2^53 is refused, never rounded', () => {
    const h = harness();
    const items = Array.from({ length: 100 }, (_, i) => ({ category: 'other' as const, description: `Item ${i + 1}`, priceMinor: MAX_MINOR }));
    const first = h.call('purchases.create', { day: '2026-05-04', currency: 'EUR', items });
    expect(first.totalMinor).toBe(100 * MAX_MINOR);
    expect(h.call('purchases.totals', { groupBy: 'year' })).toEqual([expect.objectContaining({ currency: 'EUR', totalMinor: 100 * MAX_MINOR })]);
    // Nine more such receipts: 10^16, past Number.MAX_SAFE_INTEGER.
    for (let n = 0; n < 9; n++) h.call('purchases.create', { day: '2026-05-04', currency: 'EUR', items });
    const error = h.fail('purchases.totals', { groupBy: 'year' });
    expect(error.code).toBe('internal');
    expect(error.message).toBe('The EUR total is past what Carnet can add exactly (more than 90071992547409.91 EUR).');
  });
});
