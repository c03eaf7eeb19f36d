/**
 * Détaxe forms: one form groups the receipts of one town over up to 3 consecutive days (the
 * official rule, src/shared/domain/detaxe.ts); it records where it stands and what came back.
 */
import { z } from 'zod';
import { DETAXE_FORM_STATUSES, type DetaxeFormStatus } from '../domain/detaxe';
import { channel } from './channel';
import { byId, id, minorUnits, notes, optionalDay, optionalText } from './fields';

export { DETAXE_FORM_STATUSES, type DetaxeFormStatus };

export const DETAXE_FORM_LABELS: Record<DetaxeFormStatus, string> = {
  issued: 'Issued, to validate at customs',
  validated: 'Validated at customs',
  refunded: 'Refunded',
  refused: 'Refused',
};

export interface DetaxeFormReceipt {
  id: number;
  day: string;
  boutiqueName: string | null;
  /** "Kelly 25 + 1 more" */
  summary: string;
  totalMinor: number;
}

export interface DetaxeForm {
  id: number;
  status: DetaxeFormStatus;
  issuedOn: string | null;
  validatedOn: string | null;
  refundedOn: string | null;
  /** What actually came back, in euro cents. */
  refundMinor: number | null;
  reference: string | null;
  notes: string | null;
  /** Oldest first. Empty when every receipt of the form was deleted. */
  receipts: DetaxeFormReceipt[];
  /** The town of its stores ("Paris"), null with no receipt. */
  town: string | null;
  firstDay: string | null;
  lastDay: string | null;
  totalMinor: number;
  currency: 'EUR';
  /** Validate at customs by this day (the earliest receipt's deadline); null with no receipt. */
  deadline: string | null;
  /** What is reported coming back after the operator's fee (12–16 %), [low, high] in cents. */
  expectedRefundMinor: [number, number];
  /** Sentences saying why the receipts no longer fit one form (a receipt edited since); empty when they do. */
  problems: string[];
  createdAt: string;
  updatedAt: string;
}

/** Receipts not on any form that could share one, the run of days that gives the most. */
export interface DetaxeSuggestion {
  town: string;
  purchaseIds: number[];
  receipts: DetaxeFormReceipt[];
  firstDay: string;
  lastDay: string;
  totalMinor: number;
  deadline: string;
}

const purchaseIds = z
  .array(id, { error: 'Choose the receipts for the form.' })
  .min(1, { error: 'Choose at least one receipt for the form.' })
  .max(200, { error: 'A form holds at most 200 receipts.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each receipt is listed once.' });

const status = z.enum(DETAXE_FORM_STATUSES, { error: 'The form is issued, validated at customs, refunded or refused.' });

const fields = {
  status,
  issuedOn: optionalDay,
  validatedOn: optionalDay,
  refundedOn: optionalDay,
  refundMinor: minorUnits.nullish().transform((v) => v ?? null),
  reference: optionalText('Form number', 100),
  notes,
};

export const detaxeFormCreate = z.strictObject({
  purchaseIds,
  ...fields,
  status: status.default('issued'),
});

/** Only what is sent changes; purchaseIds given replace the form's receipts whole. */
export const detaxeFormUpdate = z.strictObject({ id, purchaseIds: purchaseIds.optional(), ...fields }).partial().required({ id: true });

export const detaxeContract = {
  'detaxe.list': channel<DetaxeForm[]>()(z.strictObject({}).optional()),
  'detaxe.get': channel<DetaxeForm>()(byId),
  /** Receipts that could share a form and are on none, whose deadline has not passed. */
  'detaxe.suggestions': channel<DetaxeSuggestion[]>()(z.strictObject({}).optional()),
  'detaxe.create': channel<DetaxeForm>()(detaxeFormCreate),
  'detaxe.update': channel<DetaxeForm>()(detaxeFormUpdate),
  /** The form goes to the Trash; its receipts stay, with the status they had from it. */
  'detaxe.delete': channel<{ id: number }>()(byId),
};
