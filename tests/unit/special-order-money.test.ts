import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/renderer/src/pages/special-orders/money';

describe('reading a typed price as minor units', () => {
  it.each([
    ['10400', 'EUR', 1040000],
    ['10 400', 'EUR', 1040000],
    ['10,400', 'EUR', 1040000],
    ['10.400', 'EUR', 1040000],
    ['10,400.50', 'EUR', 1040050],
    ['10.400,50', 'EUR', 1040050],
    ['10400.5', 'EUR', 1040050],
    ['€ 10 400', 'EUR', 1040000],
    ['0', 'EUR', 0],
    ['1,500,000', 'JPY', 1500000],
    ['9350', 'USD', 935000],
  ] as const)('%s %s → %d', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toBe(minor);
  });

  it.each([
    ['', 'EUR'],
    ['abc', 'EUR'],
    ['1,23,4', 'EUR'],
    ['10.4.5', 'EUR'],
    ['10400.505', 'USD'],
    ['1500.5', 'JPY'],
    ['-5', 'EUR'],
  ] as const)('refuses %s %s', (text, currency) => {
    expect(parseAmount(text, currency)).toBeNull();
  });
});
