import { z } from 'zod';
import { DETAXE_STATUSES, type DetaxeStatus } from '../domain/detaxe';
import { channel } from './channel';
import { byId, currency, day, id, minorUnits, notes, optionalText, paging, requiredText } from './fields';

/** A refund larger than the receipt is a typing slip (the service and the JSON import say it in these words). */
export const REFUND_OVER_TOTAL = 'The refund cannot be more than the purchase total.';

export { DETAXE_STATUSES, type DetaxeStatus };

export const PURCHASE_CATEGORIES = ['bag', 'small_leather_goods', 'shoes', 'jewelry', 'scarves', 'ready_to_wear', 'home', 'other'] as const;
export type PurchaseCategory = (typeof PURCHASE_CATEGORIES)[number];

/** How a category is named on screen (and in totals' labels). */
export const CATEGORY_LABELS: Record<PurchaseCategory, string> = {
  bag: 'Bags',
  small_leather_goods: 'Small leather goods',
  shoes: 'Shoes',
  jewelry: 'Jewelry',
  scarves: 'Scarves',
  ready_to_wear: 'Ready-to-wear',
  home: 'Home',
  other: 'Other',
};

export const PURCHASE_SORTS = ['day_desc', 'day_asc', 'total_desc', 'total_asc'] as const;
export const TOTALS_GROUPS = ['year', 'boutique', 'contact', 'category'] as const;
export type TotalsGroup = (typeof TOTALS_GROUPS)[number];

export interface PurchaseItem {
  id: number;
  category: PurchaseCategory;
  description: string;
  /** Bags only: true = quota (Birkin, Kelly), false = non-quota, null = not said. Always null for other categories. */
  quota: boolean | null;
  priceMinor: number;
  /** The SA offered it (as opposed to the user asking for it). */
  offered: boolean;
}

export interface PurchaseDetaxe {
  /** What the user says happened; never changed by Carnet. */
  status: DetaxeStatus;
  /** The refund actually received, in the purchase's currency; only when status is 'refunded' (null if not entered). */
  amountMinor: number | null;
  /**
   * Computed from the official rule (src/shared/domain/detaxe.ts): in euros, not online, at a store
   * in France or Monaco (or none recorded), and more than €100.00 with the receipts of the same
   * town over up to 3 consecutive days (on a form: the form's receipts).
   */
  eligible: boolean;
  /** Computed: last day to validate the form at customs, when a form is in play (a form's: that of its earliest receipt). */
  deadline: string | null;
  /** The détaxe form the receipt is on (its status is then the form's); null when on none. */
  formId: number | null;
}

export interface Purchase {
  id: number;
  day: string;
  boutiqueId: number | null;
  /** The SA (or any contact) who sold it. */
  contactId: number | null;
  tripId: number | null;
  currency: string;
  items: PurchaseItem[];
  /**
   * Bought online (hermes.com) rather than in a boutique: reported not to count toward a store's
   * profile, so the spend profile shows it apart.
   */
  online: boolean;
  /** Sum of the items, in minor units of `currency`. */
  totalMinor: number;
  detaxe: PurchaseDetaxe;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * One row of purchases.totals: one group in one currency. Amounts in different currencies are
 * never added together.
 */
export interface PurchaseTotalRow {
  /** year: the year (2026); boutique / contact: its id, null for "none recorded"; category: the category. */
  key: number | string | null;
  label: string;
  currency: string;
  totalMinor: number;
  /** Receipts in the group; for groupBy 'category', items of that category. */
  count: number;
}

const optionalLink = id.nullish().transform((v) => v ?? null);

const purchaseItem = z
  .strictObject({
    /** Present when editing a receipt, so an item keeps its id. */
    id: id.optional(),
    category: z.enum(PURCHASE_CATEGORIES, {
      error: 'Choose a category: bag, small leather goods, shoes, jewelry, scarves, ready-to-wear, home or other.',
    }),
    description: requiredText('Description', 200),
    quota: z
      .boolean({ error: 'Say whether the bag is a quota bag (yes / no), or leave it empty if you do not know.' })
      .nullish()
      .transform((v) => v ?? null),
    priceMinor: minorUnits,
    offered: z.boolean({ error: 'Say whether the SA offered this item.' }).default(false),
  })
  .superRefine((item, ctx) => {
    if (item.category !== 'bag' && item.quota !== null) {
      ctx.addIssue({ code: 'custom', path: ['quota'], message: 'Only bags are quota or non-quota; leave this empty for other items.' });
    }
  });

export const purchaseItems = z
  .array(purchaseItem, { error: 'List the items of the receipt.' })
  .min(1, { error: 'A purchase has at least one item.' })
  .max(100, { error: 'A purchase has at most 100 items.' })
  .superRefine((list, ctx) => {
    const seen = new Set<number>();
    list.forEach((item, i) => {
      if (item.id === undefined) return;
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'Each item is listed once.' });
      seen.add(item.id);
    });
  });

const detaxeStatus = z.enum(DETAXE_STATUSES, {
  error: 'Détaxe status is one of: not applicable, eligible, form issued, validated, refunded, refused.',
});

const refundOnlyWhenRefunded = { error: 'Enter the refund amount only once the détaxe is refunded.', path: ['amountMinor'] };

const detaxeCreate = z
  .strictObject({
    status: detaxeStatus.default('not_applicable'),
    amountMinor: minorUnits.nullish().transform((v) => v ?? null),
  })
  .refine((d) => d.amountMinor === null || d.status === 'refunded', refundOnlyWhenRefunded);

/** Partial: the stored status / amount are kept for what is not given (checked again by the service). */
const detaxeUpdate = z
  .strictObject({
    status: detaxeStatus.optional(),
    amountMinor: minorUnits.nullable().optional(),
  })
  .refine((d) => d.amountMinor == null || d.status === undefined || d.status === 'refunded', refundOnlyWhenRefunded);

const online = z.boolean({ error: 'Say whether the purchase was made online (yes / no).' });

const purchaseFields = {
  day,
  boutiqueId: optionalLink,
  contactId: optionalLink,
  tripId: optionalLink,
  currency,
  items: purchaseItems,
  online: online.default(false),
  notes,
};

export const purchaseCreate = z.strictObject({
  ...purchaseFields,
  detaxe: detaxeCreate.prefault({}),
});

/** Update: any subset of fields; null clears a link; items given replace the receipt's items whole. */
export const purchaseUpdate = z.strictObject({
  id,
  day: day.optional(),
  boutiqueId: id.nullable().optional(),
  contactId: id.nullable().optional(),
  tripId: id.nullable().optional(),
  currency: currency.optional(),
  items: purchaseItems.optional(),
  online: online.optional(),
  notes: notes.optional(),
  detaxe: detaxeUpdate.optional(),
});

const fromNotAfterTo = (r: { from?: string | undefined; to?: string | undefined }) => !r.from || !r.to || r.from <= r.to;
const rangeMessage = { error: 'The end of the range must be on or after its start.', path: ['to'] };

export const purchaseList = z
  .strictObject({
    /** Receipts whose day is within [from, to]. */
    from: day.optional(),
    to: day.optional(),
    boutiqueId: id.optional(),
    contactId: id.optional(),
    tripId: id.optional(),
    /** Receipts with at least one item of this category. */
    category: z.enum(PURCHASE_CATEGORIES, { error: 'Choose a category to filter by.' }).optional(),
    /** Receipts with a bag marked quota (true) or non-quota (false). */
    quota: z.boolean({ error: 'Quota filter is yes or no.' }).optional(),
    currency: currency.optional(),
    detaxeStatus: detaxeStatus.optional(),
    /** Words in an item's description or in the notes. */
    query: optionalText('Search', 100),
    sort: z.enum(PURCHASE_SORTS, { error: 'Sort by day or total, ascending or descending.' }).default('day_desc'),
    ...paging,
  })
  .refine(fromNotAfterTo, rangeMessage)
  .optional();

export const purchaseTotals = z
  .strictObject({
    groupBy: z.enum(TOTALS_GROUPS, { error: 'Group totals by year, boutique, contact or category.' }),
    from: day.optional(),
    to: day.optional(),
    boutiqueId: id.optional(),
    contactId: id.optional(),
    tripId: id.optional(),
  })
  .refine(fromNotAfterTo, rangeMessage);

export type PurchaseCreateInput = z.input<typeof purchaseCreate>;
export type PurchaseUpdateInput = z.input<typeof purchaseUpdate>;

export const purchasesContract = {
  'purchases.create': channel<Purchase>()(purchaseCreate),
  'purchases.get': channel<Purchase>()(byId),
  'purchases.update': channel<Purchase>()(purchaseUpdate),
  'purchases.delete': channel<{ id: number }>()(byId),
  'purchases.list': channel<Purchase[]>()(purchaseList),
  'purchases.totals': channel<PurchaseTotalRow[]>()(purchaseTotals),
};
