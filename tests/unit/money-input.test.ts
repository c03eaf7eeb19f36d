import { describe, expect, it } from 'vitest';
import { currencyDigits, minorToInput, parseMoney } from '../../src/renderer/src/pages/purchases/money';

describe('parseMoney', () => {
  it('reads the common ways of typing an amount into exact minor units', () => {
    expect(parseMoney('980', 'EUR')).toBe(98000);
    expect(parseMoney('12,5', 'EUR')).toBe(1250);
    expect(parseMoney('12.50', 'EUR')).toBe(1250);
    expect(parseMoney('1,250', 'EUR')).toBe(125000);
    expect(parseMoney('1.250', 'EUR')).toBe(125000);
    expect(parseMoney('1,250.50', 'USD')).toBe(125050);
    expect(parseMoney('1.250,50', 'EUR')).toBe(125050);
    expect(parseMoney('1 250,50', 'EUR')).toBe(125050);
    expect(parseMoney("12'500.05", 'CHF')).toBe(1250005);
    expect(parseMoney('€ 1 250,50', 'EUR')).toBe(125050);
    expect(parseMoney('$9,800', 'USD')).toBe(980000);
    expect(parseMoney('.5', 'EUR')).toBe(50);
    expect(parseMoney('0', 'EUR')).toBe(0);
    // 0.1 + 0.2 style float errors never happen: 0.29 is 29 cents exactly.
    expect(parseMoney('0.29', 'EUR')).toBe(29);
    expect(parseMoney('10.01', 'EUR')).toBe(1001);
  });

  it('a currency without decimals reads every separator as thousands', () => {
    expect(parseMoney('98,000', 'JPY')).toBe(98000);
    expect(parseMoney('98.000', 'JPY')).toBe(98000);
    expect(parseMoney('98000', 'JPY')).toBe(98000);
    expect(parseMoney('98.5', 'JPY')).toBe(null);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', ' ', 'abc', '12a', '-5', '1,2,3', '1.2.3,4,5', '12.345.6', '1.234,567', '1..2', '12,3456']) {
      expect(parseMoney(bad, 'EUR'), bad).toBe(null);
    }
    expect(parseMoney('1.005', 'KWD')).toBe(1005);
    expect(parseMoney('99999999999999999999', 'EUR')).toBe(null);
  });
});

describe('minorToInput', () => {
  it('writes minor units back as plain text that parses to the same value', () => {
    expect(minorToInput(125050, 'EUR')).toBe('1250.50');
    expect(minorToInput(5, 'EUR')).toBe('0.05');
    expect(minorToInput(0, 'USD')).toBe('0.00');
    expect(minorToInput(98000, 'JPY')).toBe('98000');
    for (const [m, c] of [[125050, 'EUR'], [5, 'USD'], [98000, 'JPY'], [1005, 'KWD']] as const) {
      expect(parseMoney(minorToInput(m, c), c)).toBe(m);
    }
  });

  it('knows each currency’s digits', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
