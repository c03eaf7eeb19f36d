import { z } from 'zod';
import type { QuotaSummary, ScopeFigures, SpendTarget } from '../domain/spend-profile';
import { channel } from './channel';
import { currency, day, id, money, notes, optionalText, requiredText } from './fields';
import type { OfferDecision } from './offers';
import type { PurchaseCategory } from './purchases';

export type { QuotaSummary, QuotaYearCount, ScopeFigures, SpendRatio, CurrencySpend, CategorySpend, OfferMark, SpendTarget } from '../domain/spend-profile';

export type ScopeKind = 'store' | 'group' | 'unassigned' | 'online';

/**
 * One place the spend is read for: a store, a group of stores the user marks as linked, the
 * receipts with no boutique, or online purchases (always apart: they are reported not to count
 * toward a store's profile, so no store or group includes them).
 */
export interface SpendScope extends ScopeFigures {
  kind: ScopeKind;
  /** 'store:3', 'group:2', 'unassigned', 'online'. */
  key: string;
  /** The boutique's or the group's id. */
  id: number | null;
  label: string;
  /** The stores read together (one for a store). */
  boutiqueIds: number[];
  /** Stores only: the user's home store. */
  isHome: boolean;
}

export interface SpendProfile {
  /** The day "days since" are counted to (this machine's day). */
  today: string;
  /** Home stores first, then the stores with the most receipts; then groups, receipts without a boutique, online. */
  scopes: SpendScope[];
  targets: SpendTarget[];
  /** Purchases flagged as bought online. */
  onlinePurchaseIds: number[];
}

export interface StoreGroup {
  id: number;
  name: string;
  boutiqueIds: number[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TimelineEvent =
  | {
      kind: 'offer';
      id: number;
      day: string;
      label: string;
      category: PurchaseCategory;
      quota: boolean | null;
      decision: OfferDecision;
      purchaseId: number | null;
    }
  | {
      kind: 'purchase';
      id: number;
      day: string;
      label: string;
      currency: string;
      totalMinor: number;
      hasBag: boolean;
      online: boolean;
    };

export interface TimelineLane {
  /** 'store:3', 'unassigned', 'online'. */
  key: string;
  label: string;
  boutiqueId: number | null;
  /** Oldest first. */
  events: TimelineEvent[];
}

export interface Timeline {
  /** The axis: the first event's day (or `to` when there are none) to today or the last event. */
  from: string;
  to: string;
  /** This machine's day, for a "today" mark on the axis. */
  today: string;
  lanes: TimelineLane[];
}

const boutiqueIds = z
  .array(id, { error: 'Choose the stores of the group.' })
  .min(2, { error: 'A group links at least two stores.' })
  .max(50, { error: 'A group has at most 50 stores.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each store is listed once.' });

const groupFields = {
  name: requiredText('Group name', 80),
  boutiqueIds,
  notes,
};

export const groupCreate = z.strictObject(groupFields);
export const groupUpdate = z.strictObject({ id, ...groupFields }).partial().required({ id: true });

const positivePrice = money({ positive: 'Enter the price of the bag (more than zero).' });

export const targetSet = z.strictObject({
  currency,
  priceMinor: positivePrice,
  /** What the bag is, e.g. "Kelly 25 Togo". */
  label: optionalText('The bag', 100),
});

export const targetDelete = z.strictObject({ currency });

export const onlineSet = z.strictObject({
  purchaseIds: z
    .array(id, { error: 'Choose the purchases.' })
    .min(1, { error: 'Choose at least one purchase.' })
    .max(1000, { error: 'Choose at most 1000 purchases at a time.' }),
  online: z.boolean({ error: 'Say whether the purchases were bought online.' }),
});

export const timelineInput = z
  .strictObject({ from: day.optional(), to: day.optional() })
  .refine((r) => !r.from || !r.to || r.to >= r.from, { error: 'The end of the range must be on or after its start.', path: ['to'] })
  .optional();

const none = z.undefined().or(z.strictObject({}));

export const profileContract = {
  /** Spend per store, per group of linked stores, without a boutique, and online. */
  'profile.spend': channel<SpendProfile>()(none),
  /** Quota bags offered and bought this calendar year (Paris time), and the history by year. */
  'profile.quota': channel<QuotaSummary>()(none),
  /** Offers and purchases on one time axis, one lane per store. */
  'profile.timeline': channel<Timeline>()(timelineInput),
  'profile.listGroups': channel<StoreGroup[]>()(none),
  'profile.createGroup': channel<StoreGroup>()(groupCreate),
  'profile.updateGroup': channel<StoreGroup>()(groupUpdate),
  'profile.deleteGroup': channel<{ id: number }>()(z.strictObject({ id })),
  /** The price of the bag the user hopes for, in one currency (replaces that currency's). */
  'profile.setTarget': channel<SpendTarget[]>()(targetSet),
  'profile.deleteTarget': channel<SpendTarget[]>()(targetDelete),
  /** Flag purchases as bought online (or not). */
  'profile.setOnline': channel<{ purchaseIds: number[]; online: boolean }>()(onlineSet),
};
