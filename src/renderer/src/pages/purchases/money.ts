/**
 * Typing money: the text a person enters ("1 250,50", "1,250.50", "980") becomes integer minor
 * units of the currency without ever going through a float; and back, for editing.
 */

/** Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Minor units from typed text, or null when it is not an amount. Spaces and apostrophes group
 * thousands; with both '.' and ',' present the last one is the decimal point; with one of them,
 * it is the decimal point when it appears once and at most the currency's digits follow it
 * ("12,50" is twelve euros fifty, "1,250" is one thousand two hundred and fifty).
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[^\d.,]*?(?=[\d.,])/, (prefix) => (/^[\p{Sc}A-Za-z]*$/u.test(prefix) ? '' : prefix));
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let whole = s;
  let fraction = '';
  const decimalAt = (at: number) => {
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
  };
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt(Math.max(lastDot, lastComma));
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const once = s.indexOf(sep) === at;
    const after = s.length - at - 1;
    if (once && digits > 0 && after <= digits) decimalAt(at);
  }
  if (/[.,]/.test(fraction)) return null;
  // Thousands groups: a separator must be followed by exactly three digits.
  if (/[.,]/.test(whole)) {
    if (!/^\d{1,3}([.,]\d{3})+$/.test(whole)) return null;
    whole = whole.replace(/[.,]/g, '');
  }
  if (fraction.length > digits) return null;
  const minorText = (whole || '0') + fraction.padEnd(digits, '0');
  const value = Number(minorText);
  return Number.isSafeInteger(value) ? value : null;
}

/** Minor units as plain text for an input: 125050 EUR → "1250.50", 98000 JPY → "98000". */
export function minorToInput(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
