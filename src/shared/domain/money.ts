/**
 * Money, in one place: how many minor digits a currency has, how typed text becomes integer
 * minor units (and why it did not), how minor units are shown and written back for editing.
 *
 * Amounts are integer minor units (cents, yen, fils) plus an ISO 4217 code; nothing here goes
 * through a float on the way in. The digits come from the pinned table below, never from the
 * runtime's Intl data: CLDR (which Intl follows) gives 0 decimals to ~18 currencies that ISO 4217
 * gives 2 or 3 (IDR, HUF, COP, PKR, IQD…), and a price's minor units must mean the same thing on
 * every machine and in every version of Chromium.
 */
import { DomainError } from '../result';

/**
 * ISO 4217 minor units of every active currency and fund code (List One), as dated reference data.
 * Source: ISO 4217 "List One: Currency, fund and precious metal codes", maintained for ISO by
 * SIX Financial Information (six-group.com → Data standards → Currency codes), as published on
 * 1 January 2026. Codes whose minor unit is "N.A." (precious metals XAU XAG XPD XPT, the IMF SDR
 * XDR, the bond-market units XBA–XBD, the SUCRE XSU, XUA, and the test/none codes XTS XXX) are
 * not amounts a receipt can be in, so they are absent. Check again when SIX publishes an amendment.
 */
const ISO_4217_CHECKED = '2026-01-01';
const NOT_TWO: Readonly<Record<string, number>> = {
  // 0 decimals
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // 3 decimals
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // 4 decimals
  CLF: 4, UYW: 4,
};
const TWO =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU ' +
  'CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS ' +
  'KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB ' +
  'PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD ' +
  'TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';
/** Withdrawn from List One but still on old receipts (kuna, guilder, old leone, convertible peso, old Zimbabwe dollar). */
const WITHDRAWN_TWO = 'ANG CUC HRK SLL ZWL';

export const MINOR_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(`${TWO} ${WITHDRAWN_TWO}`.split(' ').map((c) => [c, 2])),
  ...NOT_TWO,
});
export const MINOR_DIGITS_SOURCE = { name: 'ISO 4217 List One (SIX)', checked: ISO_4217_CHECKED } as const;

/** Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD, 2 for IDR (ISO, whatever Intl says). */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency.toUpperCase()] ?? 2;
}

/**
 * The largest amount the contract stores, in minor units of any currency (€100 billion, ¥10 trillion).
 * A receipt holds at most 100 items, so a receipt's total stays below 10^15, under
 * Number.MAX_SAFE_INTEGER (≈ 9.007 × 10^15); totals across receipts are summed with `addMinor`.
 */
export const MAX_MINOR = 10_000_000_000_000;

/**
 * A total summed by SQLite (exact to 2^63) as a JS number, refused when it is past 2^53, where
 * better-sqlite3 would hand back a rounded number: 900 receipts at the cap, never a real journal,
 * but a total must be exact or not shown at all.
 */
export function exactTotal(total: number | bigint | null | undefined, currency: string): number {
  const n = Number(total ?? 0);
  if (!Number.isSafeInteger(n)) throw new DomainError('internal', `The ${currency} total is past what Carnet can add exactly (more than ${minorToDecimal(Number.MAX_SAFE_INTEGER, currency)} ${currency}).`);
  return n;
}

/** a + b in minor units, or null when the sum is past what a JS number holds exactly. */
export function addMinor(a: number, b: number): number | null {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : null;
}

// ── Showing ───────────────────────────────────────────────────────────────────────────────

/** Exact decimal text of minor units, a dot and no grouping: 123450 EUR → "1234.50", 5000 JPY → "5000". */
export function minorToDecimal(minor: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const s = (negative ? -BigInt(minor) : BigInt(minor)).toString();
  if (digits === 0) return `${negative ? '-' : ''}${s}`;
  const padded = s.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

const formats = new Map<string, Intl.NumberFormat>();
function currencyFormat(currency: string, locale: string | undefined, notation?: 'compact'): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${notation ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    const digits = minorDigits(currency);
    f = new Intl.NumberFormat(
      locale,
      notation ? { style: 'currency', currency, notation, maximumFractionDigits: 1 } : { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    formats.set(key, f);
  }
  return f;
}

/** '€1,250.50', '¥98,000', 'IDR 1,500,000.00' — Intl's currency format with the pinned digits, from an exact decimal string. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  try {
    return currencyFormat(currency, locale).format(minorToDecimal(minor, currency) as `${number}`);
  } catch {
    return `${minorToDecimal(minor, currency)} ${currency}`;
  }
}

/** Axis money: '€5K', '$12.5K'. */
export function formatMoneyCompact(minor: number, currency: string, locale?: string): string {
  return currencyFormat(currency, locale, 'compact').format(minorToDecimal(Math.round(minor), currency) as `${number}`);
}

/** The decimal and group marks of a locale: en → '.' ','; fr → ',' U+202F; de → ',' '.'. */
const marksCache = new Map<string, { decimal: string; group: string }>();
export function localeMarks(locale?: string): { decimal: string; group: string } {
  const key = locale ?? '';
  let marks = marksCache.get(key);
  if (!marks) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    marks = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
    marksCache.set(key, marks);
  }
  return marks;
}

/** Minor units as plain text for an input, in the locale's decimal mark: 125050 EUR → "1250.50" (en), "1250,50" (fr). */
export function minorToInput(minor: number, currency: string, locale?: string): string {
  const text = minorToDecimal(minor, currency);
  const { decimal } = localeMarks(locale);
  return decimal === '.' ? text : text.replace('.', decimal === ',' ? ',' : '.');
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────

export type MoneyReading =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not_amount' }
  /** More decimals than the currency has ("12,3456" EUR, "98.5" JPY). */
  | { ok: false; reason: 'too_many_decimals'; digits: number }
  /** One separator and three digits after it ("12.345"): thousands or decimals; both readings, grouping first. */
  | { ok: false; reason: 'ambiguous'; candidates: [number, number] }
  | { ok: false; reason: 'too_large'; max: number }
  /** A currency sign or code that is not this currency's ("$" on a EUR receipt). */
  | { ok: false; reason: 'other_currency'; typed: string };

const SPACES = /[\s\u00a0\u2009\u202f]+/g;
const APOSTROPHES = /['’]/g;

/** The signs and codes a person may type around an amount of this currency: 'EUR', '€'; 'JPY', '¥', '￥', 'JP¥'. */
const signCache = new Map<string, Set<string>>();
function signsOf(currency: string, locale: string | undefined): Set<string> {
  const key = `${locale ?? ''}|${currency}`;
  const cached = signCache.get(key);
  if (cached) return cached;
  const signs = new Set([currency.toUpperCase()]);
  for (const l of [locale, 'en', 'fr', 'ja', 'zh', 'de-CH']) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      try {
        const part = new Intl.NumberFormat(l, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((p) => p.type === 'currency');
        if (part) signs.add(part.value.replace(SPACES, '').toUpperCase());
      } catch {
        // an unknown locale or code: the ISO code alone is accepted
      }
    }
  }
  signCache.set(key, signs);
  return signs;
}

/** BigInt of digits → the reading, checked against the cap. */
function toReading(whole: string, fraction: string, digits: number): MoneyReading {
  if (fraction.length > digits) {
    if (/[^0]/.test(fraction.slice(digits))) return { ok: false, reason: 'too_many_decimals', digits };
    fraction = fraction.slice(0, digits);
  }
  const minor = BigInt(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (minor > BigInt(MAX_MINOR)) return { ok: false, reason: 'too_large', max: MAX_MINOR };
  return { ok: true, minor: Number(minor) };
}

/** Thousands groups: '1', '1,250', '12,500,000' (and Indian '1,00,000'); `marks` are the characters that group. */
function ungroup(whole: string, marks: string): string | null {
  if (!marks || !new RegExp(`[${marks.replace(/[\]\\^-]/g, '\\$&')}]`).test(whole)) return /^\d+$/.test(whole) ? whole : null;
  const groups = whole.split(new RegExp(`[${marks.replace(/[\]\\^-]/g, '\\$&')}]`));
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first)) return null;
  const western = rest.every((g) => /^\d{3}$/.test(g));
  const indian = rest.length >= 2 && rest.slice(0, -1).every((g) => /^\d{2}$/.test(g)) && /^\d{3}$/.test(rest.at(-1)!) && /^\d{1,2}$/.test(first);
  return western || indian ? groups.join('') : null;
}

/**
 * Typed text → minor units, or why not. Spaces and apostrophes group thousands; with both '.' and
 * ',' the last is the decimal mark ("1,250.50", "1.250,50"); the same mark twice groups
 * ("1,000,000"); one mark with other than three digits after it is the decimal mark ("12,50",
 * "12.5"). One mark with exactly three digits after it is read in the user's locale: their group
 * mark groups ("10,400" in English is ten thousand four hundred), their decimal mark in a
 * three-decimal currency is decimal ("1.250" KWD in English), and anything else is asked back with
 * both readings ("12.345" EUR: €12,345.00 or €12.35?), never guessed. A currency without decimals
 * (JPY) reads every mark followed by three digits as grouping. Never goes through a float.
 */
export function parseMoney(text: string, currency: string, locale?: string): MoneyReading {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const digits = minorDigits(currency);

  // A sign or code before or after the number: "€1,250.50", "1 250,50 €", "98 000 ¥", "CHF 12'500".
  const m = /^([^\d.,]*?)[\s\u00a0\u2009\u202f]*([\d.,][\d.,\s\u00a0\u2009\u202f'’]*?)[\s\u00a0\u2009\u202f]*([^\d.,]*)$/u.exec(trimmed);
  if (!m) return { ok: false, reason: 'not_amount' };
  const [, before = '', core = '', after = ''] = m;
  if (before && after) return { ok: false, reason: 'not_amount' };
  const affix = (before || after).replace(SPACES, '');
  if (affix) {
    if (!/^[\p{Sc}\p{L}]{1,4}$/u.test(affix)) return { ok: false, reason: 'not_amount' };
    if (!signsOf(currency, locale).has(affix.toUpperCase())) {
      return /\p{Sc}/u.test(affix) || affix.toUpperCase() in MINOR_DIGITS ? { ok: false, reason: 'other_currency', typed: affix } : { ok: false, reason: 'not_amount' };
    }
  }

  // Spaces and apostrophes only ever group; they become one mark, 'g'.
  let s = core.replace(SPACES, 'g').replace(APOSTROPHES, 'g');
  if (/^[.,]/.test(s)) s = `0${s}`;
  if (!/^\d/.test(s) || !/\d$/.test(s) || /[.,g]{2}/.test(s)) return { ok: false, reason: 'not_amount' };

  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  const spaced = s.includes('g');
  let decimalAt = -1;
  if (dots > 0 && commas > 0) {
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    if ((s[last] === '.' ? dots : commas) !== 1) return { ok: false, reason: 'not_amount' };
    decimalAt = last;
  } else if (dots + commas === 1) {
    const at = Math.max(s.indexOf('.'), s.indexOf(','));
    const mark = s[at]!;
    const whole = s.slice(0, at);
    const tail = s.slice(at + 1);
    if (tail.length !== 3 || spaced) decimalAt = at;
    else if (digits > 0) {
      const { decimal, group } = localeMarks(locale);
      const groupingReading = /^[1-9]\d{0,2}$/.test(whole) ? toReading(whole + tail, '', digits) : null;
      const decimalReading = toReading(whole.replace(/g/g, ''), tail, Math.max(digits, 3));
      if (!groupingReading) decimalAt = at;
      else if (mark === group && mark !== decimal) decimalAt = -1;
      else if (mark === decimal && digits >= 3) decimalAt = at;
      else {
        if (!groupingReading.ok) return groupingReading;
        if (!decimalReading.ok) return decimalReading;
        // The decimal reading in the currency's own digits, rounded half up ("12.345" → 12.35).
        const scale = 10 ** (Math.max(digits, 3) - digits);
        const rounded = Math.floor((decimalReading.minor + Math.floor(scale / 2)) / scale);
        return { ok: false, reason: 'ambiguous', candidates: [groupingReading.minor, rounded] };
      }
    }
  }
  // else: no mark, or the same mark several times (grouping).

  const whole = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fraction = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (!/^\d*$/.test(fraction)) return { ok: false, reason: 'not_amount' };
  const decimalMark = decimalAt >= 0 ? s[decimalAt] : '';
  const groupMarks = `g${dots + commas > 0 ? (decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : dots > 0 ? '.' : ',') : ''}`;
  const plain = ungroup(whole, groupMarks);
  if (plain === null) return { ok: false, reason: 'not_amount' };
  return toReading(plain, fraction, digits);
}

/** 1250.50 in a currency with decimals (1250.500 KWD), 98000 in one without. */
function exampleMinor(currency: string): number {
  const digits = minorDigits(currency);
  return digits === 0 ? 98000 : 125050 * 10 ** (digits - 2);
}

/** The currency's own way to say "no decimals" or "2 decimals", for the messages. */
function decimalsPhrase(currency: string, digits: number): string {
  return digits === 0 ? `Amounts in ${currency} have no decimals` : `Amounts in ${currency} have at most ${digits} decimal${digits === 1 ? '' : 's'}`;
}

/**
 * A sentence for a reading that is not an amount, in the words of a form; null when it is one.
 * `empty` and `notAmount` are the form's own ("Enter the price.", "Enter an amount like 1250.00.").
 */
export function moneyProblem(
  reading: MoneyReading,
  currency: string,
  words: { empty?: string; notAmount?: string } = {},
  locale?: string,
): string | null {
  if (reading.ok) return null;
  switch (reading.reason) {
    case 'empty':
      return words.empty ?? 'Enter an amount.';
    case 'not_amount':
      return words.notAmount ?? `Enter an amount like ${minorToInput(exampleMinor(currency), currency, locale)}.`;
    case 'too_many_decimals':
      return `${decimalsPhrase(currency, reading.digits)}, like ${formatMoney(exampleMinor(currency), currency, locale)}.`;
    case 'ambiguous':
      return `Did you mean ${formatMoney(reading.candidates[0], currency, locale)} or ${formatMoney(reading.candidates[1], currency, locale)}?`;
    case 'too_large':
      return `That is more than ${formatMoney(reading.max, currency, locale)}; check the number of zeros.`;
    case 'other_currency':
      return `“${reading.typed}” is not ${currency}: type the amount in ${currency}, or change the currency.`;
  }
}
