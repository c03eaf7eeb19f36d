/**
 * The banners at the top of the app: which the user dismissed or snoozed (kept in the journal,
 * so a reload does not bring them back), and the decision notes resurfacing now.
 */
import { z } from 'zod';
import { channel } from './channel';
import { instant } from './fields';
import type { DecisionNote } from './notes';

export interface Dismissal {
  key: string;
  /** null: dismissed for good; an instant (UTC ISO): snoozed, shown again from then. */
  until: string | null;
  dismissedAt: string;
}

/** A note that asked to be shown again, on a record that is not decided yet. */
export interface ResurfacedNote {
  note: DecisionNote;
  /** What the record is, in a sentence ("special order"). */
  subject: string;
  /** The record's screen, e.g. '/special-orders/3'. */
  route: string;
}

/** How long a resurfaced note stays in the banners after its day unless dismissed. */
export const RESURFACE_SHOWN_DAYS = 14;

/** 'note:12', 'lottery:2026-12-07:open': the banner's kind, then what identifies it. */
export const bannerKey = z
  .string({ error: 'Say which banner.' })
  .regex(/^(note|lottery):[a-z0-9:-]{1,100}$/, { error: 'A banner is named like note:12 or lottery:2026-12-07:open.' });

export const dismissInput = z.strictObject({
  key: bannerKey,
  /** Absent or null: for good. */
  until: instant.nullish().transform((v) => v ?? null),
});

const none = z.undefined().or(z.strictObject({}));

export const bannersContract = {
  'banners.dismissals': channel<Dismissal[]>()(none),
  'banners.dismiss': channel<Dismissal>()(dismissInput),
  'banners.resurfacing': channel<ResurfacedNote[]>()(none),
};
