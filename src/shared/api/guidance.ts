import { z } from 'zod';
import { channel } from './channel';
import { id } from './fields';
import type { DecisionNote } from './notes';
import { GUIDANCE, guidanceFor } from '../domain/special-order-timing';
import type { SpecialOrderStatus } from '../domain/special-order-status';

/** The pieces of Carnet's guidance on a special order (texts in domain/special-order-timing.ts). */
export const GUIDANCE_KEYS = ['whileWaiting', 'atArrival'] as const satisfies readonly (keyof typeof GUIDANCE)[];
export type GuidanceKey = (typeof GUIDANCE_KEYS)[number];

/** Which guidance is relevant at a status, by key; null when none is. */
export function guidanceKeyFor(status: SpecialOrderStatus): GuidanceKey | null {
  const text = guidanceFor(status);
  return GUIDANCE_KEYS.find((k) => GUIDANCE[k] === text) ?? null;
}

/** What the user did with a piece of guidance on an order. */
export interface GuidanceChoice {
  orderId: number;
  key: GuidanceKey;
  choice: 'pinned' | 'dismissed';
  /** The pinned advice note it became (null once the user deletes that note, or for a dismissal). */
  noteId: number | null;
  createdAt: string;
}

const key = z.enum(GUIDANCE_KEYS, { error: 'Choose which guidance: while waiting or at arrival.' });
const ofOrder = z.strictObject({ orderId: id, key });

export const guidanceContract = {
  'guidance.list': channel<GuidanceChoice[]>()(z.strictObject({ orderId: id })),
  /** Writes the guidance as a pinned advice note on the order (dated today), and remembers it. */
  'guidance.pin': channel<{ choice: GuidanceChoice; note: DecisionNote }>()(ofOrder),
  /** Remembers that the user does not want this guidance on this order. */
  'guidance.dismiss': channel<GuidanceChoice>()(ofOrder),
  /** Forgets the choice, so the guidance is offered again; a note it became stays. */
  'guidance.restore': channel<{ orderId: number; key: GuidanceKey }>()(ofOrder),
};
