/**
 * Field schemas shared by every domain. Messages are written for people: they are shown
 * next to the form field the path points at.
 */
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { isCalendarDay } from '../domain/days';
import { MAX_MINOR } from '../domain/money';


/** A calendar day, 'YYYY-MM-DD', that exists (no 31 April, no 29 February 2027). */
export const day = z
  .string({ error: 'Enter a day like 2026-12-07.' })
  .refine((s) => isCalendarDay(s), {
    error: 'Enter a real calendar day like 2026-12-07.',
  });

/** An instant: ISO 8601 with an explicit offset or Z. Stored as UTC. */
export const instant = z
  .string({ error: 'Enter a date and time.' })
  .refine((s) => /(Z|[+-]\d{2}:\d{2})$/.test(s) && DateTime.fromISO(s, { setZone: true }).isValid, {
    error: 'Enter a date and time with its zone, like 2026-12-07T10:30:00+01:00.',
  })
  .transform((s) => DateTime.fromISO(s, { setZone: true }).toUTC().toISO()!);

export const timeZone = z
  .string({ error: 'Choose a time zone.' })
  .refine((s) => IANAZone.isValidZone(s), { error: 'Choose a time zone from the list, like Europe/Paris.' });

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
export const currency = z
  .string({ error: 'Choose a currency.' })
  .refine((s) => knownCurrencies.has(s), { error: 'Use a three-letter currency code such as EUR, USD or JPY.' });

/**
 * An amount: integer minor units (cents, yen) of the record's currency — never floats — from 0 to
 * the money module's cap (MAX_MINOR, €100 billion). `positive` refuses zero with the form's words.
 */
export const money = (opts: { positive?: string } = {}) => {
  const base = z
    .number({ error: 'Enter an amount.' })
    .int({ error: 'Amounts are stored in whole minor units (cents).' })
    .min(0, { error: 'An amount cannot be negative.' })
    .max(MAX_MINOR, { error: 'That amount is too large.' });
  return opts.positive ? base.refine((n) => n > 0, { error: opts.positive }) : base;
};

export const minorUnits = money();

export const id = z
  .number({ error: 'A record id is a number.' })
  .int({ error: 'A record id is a whole number.' })
  .positive({ error: 'A record id is a positive number.' });

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} is at most ${max} characters.` });

export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is at most ${max} characters.` })
    .nullish()
    .transform((s) => (s ? s : null));

export const notes = optionalText('Notes', 20000);

export const optionalDay = day.nullish().transform((s) => s ?? null);

/** Paging shared by every list channel. */
export const paging = {
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
};

export const byId = z.strictObject({ id });
