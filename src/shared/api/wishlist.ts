import { z } from 'zod';
import type { KnownPrice } from './prices';
import { channel } from './channel';
import { byId, currency, day, id, minorUnits, notes, optionalText, requiredText } from './fields';
import type { SpecialOrderSpec } from '../domain/special-order-spec';
import { LET_GO_WITH_PURCHASE, WISH_STATUSES, type WishPriority, type WishStatus } from '../domain/wishlist';

export { WISH_STATUSES };
export type { WishPriority, WishStatus };

/** A trip whose wishlist carries the item, with the trip's own state of it. */
export interface WishTrip {
  tripId: number;
  title: string;
  startDay: string;
  status: 'wanted' | 'offered' | 'bought';
}

export interface WishlistItem extends SpecialOrderSpec {
  id: number;
  position: number;
  priority: WishPriority;
  /** Acceptable alternatives in the user's words ("Gold or Etoupe, GHW or PHW"). */
  alternatives: string | null;
  status: WishStatus;
  offerId: number | null;
  purchaseId: number | null;
  notes: string | null;
  trips: WishTrip[];
  /** What it would cost, from the price book: in the default currency when an entry is in it, else the latest in any; null when nothing matches. */
  price: KnownPrice | null;
  createdAt: string;
  updatedAt: string;
}

const priority = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Priority is 1 (most wanted), 2 or 3 (if the chance comes).' });
const status = z.enum(WISH_STATUSES, { error: 'Choose wanted, offered, bought or let go.' });

const fields = {
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  exteriorLeather: optionalText('Exterior leather', 60),
  exteriorColour: optionalText('Exterior colour', 60),
  interiorLeather: optionalText('Interior leather', 60),
  interiorColour: optionalText('Interior colour', 60),
  stitching: optionalText('Stitching', 60),
  hardware: optionalText('Hardware', 60),
  priority,
  alternatives: optionalText('Acceptable alternatives', 500),
  status,
  offerId: id.nullish().transform((v) => v ?? null),
  purchaseId: id.nullish().transform((v) => v ?? null),
  notes,
};

const notLetGoWithPurchase = (w: { status?: WishStatus | undefined; purchaseId?: number | null | undefined }) => !(w.status === 'let_go' && w.purchaseId);
const letGoMessage = { error: LET_GO_WITH_PURCHASE, path: ['purchaseId'] };

export const wishlistCreate = z
  .strictObject({ ...fields, priority: priority.default(2), status: status.default('wanted') })
  .refine(notLetGoWithPurchase, letGoMessage);

export const wishlistUpdate = z.strictObject({ id, ...fields }).partial().required({ id: true }).refine(notLetGoWithPurchase, letGoMessage);

export const wishlistList = z
  .strictObject({
    status: z.array(status).min(1).max(WISH_STATUSES.length).optional(),
    query: optionalText('Search', 100),
  })
  .optional();

export const wishlistReorder = z.strictObject({
  ids: z.array(id, { error: 'Give the wishlist items in their new order.' }).max(1000, { error: 'A wishlist has at most 1000 items.' }),
});

/**
 * "Bought": the purchase that fulfilled the wish, either one already in the journal or a new one
 * made from the wish (one line describing it) — so the bag reaches the collection once.
 */
export const wishlistMarkBought = z
  .strictObject({
    id,
    purchaseId: id.optional(),
    day: day.optional(),
    boutiqueId: id.nullish().transform((v) => v ?? null),
    priceMinor: minorUnits.optional(),
    currency: currency.optional(),
    category: z.enum(['bag', 'small_leather_goods'], { error: 'Choose bag or small leather good.' }).default('bag'),
  })
  .superRefine((v, ctx) => {
    if (v.purchaseId !== undefined) {
      for (const k of ['day', 'priceMinor', 'currency'] as const) {
        if (v[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'Choose the purchase, or enter a new one: not both.' });
      }
      return;
    }
    if (v.day === undefined) ctx.addIssue({ code: 'custom', path: ['day'], message: 'Enter the day you bought it.' });
    if (v.priceMinor === undefined) ctx.addIssue({ code: 'custom', path: ['priceMinor'], message: 'Enter the price paid.' });
    if (v.currency === undefined) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Choose the currency it was paid in.' });
  });

export type WishlistCreateInput = z.input<typeof wishlistCreate>;
export type WishlistUpdateInput = z.input<typeof wishlistUpdate>;

export const wishlistContract = {
  'wishlist.list': channel<WishlistItem[]>()(wishlistList),
  'wishlist.get': channel<WishlistItem>()(byId),
  'wishlist.create': channel<WishlistItem>()(wishlistCreate),
  'wishlist.update': channel<WishlistItem>()(wishlistUpdate),
  /** Deletes the item and its notes; trips that carried it keep their own line of it. */
  'wishlist.delete': channel<{ id: number }>()(byId),
  'wishlist.reorder': channel<WishlistItem[]>()(wishlistReorder),
  'wishlist.markBought': channel<WishlistItem>()(wishlistMarkBought),
};
