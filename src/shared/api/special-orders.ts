import { z } from 'zod';
import type { KnownPrice } from './prices';
import { channel } from './channel';
import { byId, currency, day, id, minorUnits, notes, optionalDay, optionalText, paging, requiredText } from './fields';
import {
  DECISIONS,
  SPECIAL_ORDER_STATUSES,
  STEP_STATUSES,
  type SpecialOrderStatus,
} from '../domain/special-order-status';
import type { SpecialOrderSpec } from '../domain/special-order-spec';
import type { Wait } from '../domain/special-order-timing';

export { DECISIONS, SPECIAL_ORDER_STATUSES, STEP_STATUSES };
export type { SpecialOrderStatus };

export interface SpecialOrderEvent {
  id: number;
  status: SpecialOrderStatus;
  day: string;
  note: string | null;
  createdAt: string;
}

export interface SpecialOrder extends SpecialOrderSpec {
  id: number;
  boutiqueId: number | null;
  /** The SA who offered / placed the order. */
  contactId: number | null;
  expectedFrom: string | null;
  expectedTo: string | null;
  /** Set when the bag was accepted: the purchase created by specialOrders.decide. */
  purchaseId: number | null;
  notes: string | null;
  /** The status history, oldest first. */
  history: SpecialOrderEvent[];
  /** The latest step's status. */
  status: SpecialOrderStatus;
  offeredOn: string | null;
  placedOn: string | null;
  arrivedOn: string | null;
  wait: Wait;
  /**
   * From the price book, in the boutique's currency (else the default one): the price known when
   * it was placed (the latest entry on or before that day) and the latest known — a special order
   * is paid at the price in force when it arrives. Null where no entry matches.
   */
  prices: { atPlacing: KnownPrice | null; latest: KnownPrice | null; changePercent: number | null };
  createdAt: string;
  updatedAt: string;
}

const stepStatus = z.enum(STEP_STATUSES, {
  error: 'Choose offered, placed, waiting, arrived or cancelled; accepting or rejecting the bag is recorded as a decision.',
});
const anyStatus = z.enum(SPECIAL_ORDER_STATUSES, {
  error: 'Choose offered, placed, waiting, arrived, accepted, rejected or cancelled.',
});
const eventNote = optionalText('Note', 2000);

const step = z.strictObject({ status: stepStatus, day, note: eventNote });

const specFields = {
  boutiqueId: id.nullish().transform((v) => v ?? null),
  contactId: id.nullish().transform((v) => v ?? null),
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  exteriorLeather: optionalText('Exterior leather', 60),
  exteriorColour: optionalText('Exterior colour', 60),
  interiorLeather: optionalText('Interior leather', 60),
  interiorColour: optionalText('Interior colour', 60),
  stitching: optionalText('Stitching', 60),
  hardware: optionalText('Hardware', 60),
  expectedFrom: optionalDay,
  expectedTo: optionalDay,
  notes,
};

const rangeInOrder = (o: { expectedFrom?: string | null | undefined; expectedTo?: string | null | undefined }) =>
  !o.expectedFrom || !o.expectedTo || o.expectedTo >= o.expectedFrom;
export const RANGE_MESSAGE = 'The end of the expected range must be on or after its start.';
const rangeMessage = { error: RANGE_MESSAGE, path: ['expectedTo'] };

export const specialOrderCreate = z
  .strictObject({
    ...specFields,
    history: z
      .array(step, { error: 'Give the order its first step (offered or placed) with its day.' })
      .min(1, { error: 'Give the order its first step (offered or placed) with its day.' })
      .max(20, { error: 'A history has at most 20 steps.' }),
  })
  .refine(rangeInOrder, rangeMessage);

/** Update: the specification, links, expected range and notes; the history has its own channels. */
export const specialOrderUpdate = z
  .strictObject({ id, ...specFields })
  .partial()
  .required({ id: true })
  .refine(rangeInOrder, rangeMessage);

export const specialOrderList = z
  .strictObject({
    /** Orders whose latest step is this status (or one of these). */
    status: z.union([anyStatus, z.array(anyStatus).min(1).max(SPECIAL_ORDER_STATUSES.length)]).optional(),
    boutiqueId: id.optional(),
    query: optionalText('Search', 100),
    ...paging,
  })
  .optional();

export const specialOrderAddEvent = z.strictObject({ orderId: id, status: stepStatus, day, note: eventNote });

export const specialOrderUpdateEvent = z.strictObject({
  id,
  status: stepStatus.optional(),
  day: day.optional(),
  note: eventNote.optional(),
});

export const specialOrderDecide = z
  .strictObject({
    id,
    decision: z.enum(DECISIONS, { error: 'Choose accepted or rejected.' }),
    day,
    reasons: requiredText('Your reasons', 20000),
    /** How sure the user feels, kept with the decision note. */
    confidence: z
      .number({ error: 'How sure you feel is a number from 1 to 5.' })
      .int({ error: 'How sure you feel is a number from 1 to 5.' })
      .min(1, { error: 'How sure you feel is a number from 1 to 5.' })
      .max(5, { error: 'How sure you feel is a number from 1 to 5.' })
      .optional(),
    priceMinor: minorUnits.optional(),
    currency: currency.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'accepted') {
      if (d.priceMinor === undefined) ctx.addIssue({ code: 'custom', path: ['priceMinor'], message: 'Enter the price paid for the bag.' });
      if (d.currency === undefined) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Choose the currency the bag was paid in.' });
    } else {
      const message = 'A price is recorded only when you accept the bag.';
      if (d.priceMinor !== undefined) ctx.addIssue({ code: 'custom', path: ['priceMinor'], message });
      if (d.currency !== undefined) ctx.addIssue({ code: 'custom', path: ['currency'], message });
    }
  });

export type SpecialOrderCreateInput = z.input<typeof specialOrderCreate>;

export const specialOrdersContract = {
  'specialOrders.create': channel<SpecialOrder>()(specialOrderCreate),
  'specialOrders.get': channel<SpecialOrder>()(byId),
  'specialOrders.update': channel<SpecialOrder>()(specialOrderUpdate),
  /** Deletes the order, its history and its decision notes; a linked purchase stays (its id is returned). */
  'specialOrders.delete': channel<{ id: number; purchaseId: number | null }>()(byId),
  'specialOrders.list': channel<SpecialOrder[]>()(specialOrderList),
  'specialOrders.addEvent': channel<SpecialOrder>()(specialOrderAddEvent),
  'specialOrders.updateEvent': channel<SpecialOrder>()(specialOrderUpdateEvent),
  'specialOrders.deleteEvent': channel<SpecialOrder>()(byId),
  'specialOrders.decide': channel<SpecialOrder>()(specialOrderDecide),
};
