import { z } from 'zod';
import { channel } from './channel';
import { byId, currency, day, id, money, notes, optionalText, paging, requiredText, timeZone } from './fields';

export const WISH_STATUSES = ['wanted', 'offered', 'bought'] as const;

export interface Companion {
  id: number;
  name: string;
  /** Adults (18+) may each apply to the lottery on their own phone. */
  adult: boolean;
}

export interface WishlistItem {
  id: number;
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
  /** 1 = most wanted. */
  priority: 1 | 2 | 3;
  status: (typeof WISH_STATUSES)[number];
  /** The standing wishlist item this line of the trip's wishlist is (migration 019). */
  wishlistItemId: number | null;
}

export interface Trip {
  id: number;
  title: string;
  city: string;
  startDay: string;
  endDay: string;
  timeZone: string;
  hotelName: string | null;
  hotelConcierge: string | null;
  companions: Companion[];
  boutiqueIds: number[];
  wishlist: WishlistItem[];
  notes: string | null;
  /** What the trip may spend, in minor units of `budgetCurrency`; both null when there is no budget. */
  budgetMinor: number | null;
  budgetCurrency: string | null;
  createdAt: string;
  updatedAt: string;
}

const companion = z.strictObject({
  /** Present when editing an existing companion, so attempts that name them stay linked. */
  id: id.optional(),
  name: requiredText('Companion name', 100),
  adult: z.boolean({ error: 'Say whether the companion is an adult.' }),
});

const wish = z.strictObject({
  id: id.optional(),
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  leather: optionalText('Leather', 60),
  colour: optionalText('Colour', 60),
  hardware: optionalText('Hardware', 60),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Priority is 1, 2 or 3.' }).default(2),
  status: z.enum(WISH_STATUSES, { error: 'Status is wanted, offered or bought.' }).default('wanted'),
  /** Chosen from the standing wishlist; without it the line joins (or starts) the standing item naming the same bag. */
  wishlistItemId: id.nullish(),
});

const tripFields = {
  title: requiredText('Title', 120),
  city: requiredText('City', 80),
  startDay: day,
  endDay: day,
  timeZone,
  hotelName: optionalText('Hotel', 120),
  hotelConcierge: optionalText('Concierge contact', 200),
  companions: z.array(companion).max(20, { error: 'A trip has at most 20 companions.' }),
  boutiqueIds: z
    .array(id)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each boutique is listed once.' }),
  wishlist: z.array(wish).max(200, { error: 'A wishlist has at most 200 items.' }),
  notes,
  budgetMinor: money({ positive: 'A budget is more than zero; leave it empty for no budget.' }).nullable(),
  budgetCurrency: currency.nullable(),
};

const endNotBeforeStart = (t: { startDay?: string | undefined; endDay?: string | undefined }) =>
  !t.startDay || !t.endDay || t.endDay >= t.startDay;
const endMessage = { error: 'The end day must be on or after the start day.', path: ['endDay'] };
/** A budget is an amount and its currency, given together (an update leaves both out or sends both). */
const budgetPaired = (t: { budgetMinor?: number | null | undefined; budgetCurrency?: string | null | undefined }) =>
  (t.budgetMinor === undefined) === (t.budgetCurrency === undefined) && (t.budgetMinor == null) === (t.budgetCurrency == null);
const budgetMessage = { error: 'Give the budget’s amount with its currency, or neither.', path: ['budgetMinor'] };

export const tripCreate = z
  .strictObject({
    ...tripFields,
    timeZone: tripFields.timeZone.default('Europe/Paris'),
    companions: tripFields.companions.default([]),
    boutiqueIds: tripFields.boutiqueIds.default([]),
    wishlist: tripFields.wishlist.default([]),
    budgetMinor: tripFields.budgetMinor.default(null),
    budgetCurrency: tripFields.budgetCurrency.default(null),
  })
  .refine(endNotBeforeStart, endMessage)
  .refine(budgetPaired, budgetMessage);

/** Update: any subset of fields; lists given are replaced whole. */
export const tripUpdate = z
  .strictObject({ id, ...tripFields })
  .partial()
  .required({ id: true })
  .refine(endNotBeforeStart, endMessage)
  .refine(budgetPaired, budgetMessage);

export const tripList = z
  .strictObject({
    /** Trips overlapping [from, to]. */
    from: day.optional(),
    to: day.optional(),
    query: optionalText('Search', 100),
    ...paging,
  })
  .optional();

export type TripCreateInput = z.input<typeof tripCreate>;
export type TripUpdateInput = z.input<typeof tripUpdate>;

export const tripsContract = {
  'trips.create': channel<Trip>()(tripCreate),
  'trips.get': channel<Trip>()(byId),
  'trips.update': channel<Trip>()(tripUpdate),
  'trips.delete': channel<{ id: number }>()(byId),
  'trips.list': channel<Trip[]>()(tripList),
};
