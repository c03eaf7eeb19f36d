/**
 * Gifts given to and received from a contact, and gift ideas (an idea has no day until it is
 * given). A value is integer minor units plus its currency; a gift bought at Hermès may name
 * its purchase.
 */
import { z } from 'zod';
import { channel } from './channel';
import { currency, day, id, notes, requiredText } from './fields';
import { MAX_MINOR } from '../domain/money';

export const GIFT_DIRECTIONS = ['given', 'received', 'idea'] as const;
export type GiftDirection = (typeof GIFT_DIRECTIONS)[number];
export const GIFT_DIRECTION_LABELS: Record<GiftDirection, string> = { given: 'Given', received: 'Received', idea: 'Idea' };

export interface Gift {
  id: number;
  contactId: number;
  direction: GiftDirection;
  what: string;
  /** Null for an idea. */
  day: string | null;
  amountMinor: number | null;
  currency: string | null;
  purchaseId: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const direction = z.enum(GIFT_DIRECTIONS, { error: 'Choose given, received or idea.' });
const value = z
  .number({ error: 'Enter the value as an amount.' })
  .int({ error: 'Amounts are stored in whole minor units (cents).' })
  .min(0, { error: 'A gift’s value cannot be negative.' })
  .max(MAX_MINOR, { error: 'That amount is too large.' });

const giftFields = {
  direction,
  what: requiredText('What', 200),
  day: day.nullish().transform((d) => d ?? null),
  amountMinor: value.nullish().transform((v) => v ?? null),
  currency: currency.nullish().transform((c) => c ?? null),
  purchaseId: id.nullish().transform((p) => p ?? null),
  notes,
};

type GiftShape = { direction?: GiftDirection; day?: string | null; amountMinor?: number | null; currency?: string | null };

/** The rules between fields, with the form's words; for an update they are checked again on the merged record. */
export function giftProblems(g: GiftShape): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (g.direction === 'idea' && g.day) out.push({ path: 'day', message: 'A gift idea has no day: leave the day empty, or choose given or received.' });
  if (g.direction === 'given' && !g.day) out.push({ path: 'day', message: 'Enter the day it was given.' });
  if (g.direction === 'received' && !g.day) out.push({ path: 'day', message: 'Enter the day it was received.' });
  if (g.amountMinor != null && !g.currency) out.push({ path: 'currency', message: 'Choose the currency of the value.' });
  return out;
}

const checked = <T extends z.ZodType<GiftShape>>(schema: T) =>
  schema.superRefine((g, ctx) => {
    for (const p of giftProblems(g)) ctx.addIssue({ code: 'custom', message: p.message, path: [p.path] });
  });

export const giftCreate = checked(z.strictObject({ contactId: id, ...giftFields }));
export const giftUpdate = z.strictObject({ id, ...giftFields }).partial().required({ id: true });
export const giftList = z.strictObject({ contactId: id });

export type GiftCreateInput = z.input<typeof giftCreate>;

export const giftsContract = {
  'gifts.create': channel<Gift>()(giftCreate),
  'gifts.update': channel<Gift>()(giftUpdate),
  'gifts.delete': channel<{ id: number }>()(z.strictObject({ id })),
  /** One contact's gifts: ideas first, then the newest. */
  'gifts.list': channel<Gift[]>()(giftList),
};
