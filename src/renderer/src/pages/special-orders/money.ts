/**
 * Reading a price the user typed ("10400", "10 400", "10,400.50", "10.400,50") as integer minor
 * units of a currency. The last "." or "," is the decimal mark unless three digits follow it
 * (then it groups thousands, as every other separator does). Null when it is not an amount.
 */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function parseAmount(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const s = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastMark = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let whole = s;
  let fraction = '';
  if (lastMark >= 0) {
    const after = s.slice(lastMark + 1);
    // "10,400" or "1.250.000" is grouping (three digits, more than a currency's cents);
    // "10400,5" or "10 400.50" has a decimal part.
    const grouping = after.length === 3 && digits < 3;
    if (!grouping) {
      whole = s.slice(0, lastMark);
      fraction = after;
    }
  }
  if (!/^\d+$/.test(fraction) && fraction !== '') return null;
  if (fraction.length > digits) return null;
  const wholeDigits = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(wholeDigits)) return null;
  // A group separator must group three digits: "1,23,4" is a typo, not a number.
  if (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})*$/.test(whole)) return null;
  const minor = Number(wholeDigits) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
