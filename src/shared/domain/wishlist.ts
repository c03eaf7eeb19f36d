/** The standing wishlist's words and rules, for both sides. */
import { fold } from './price-book';
import type { SpecialOrderSpec } from './special-order-spec';

export const WISH_STATUSES = ['wanted', 'offered', 'bought', 'let_go'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export const WISH_STATUS_LABELS: Record<WishStatus, string> = { wanted: 'Wanted', offered: 'Offered', bought: 'Bought', let_go: 'Let go' };

/** 1 = most wanted (the trip wishlist's scale, kept). */
export type WishPriority = 1 | 2 | 3;
export const PRIORITY_WORDS: Record<WishPriority, string> = { 1: 'Most wanted', 2: 'Wanted', 3: 'If the chance comes' };

export const LET_GO_WITH_PURCHASE = 'A wish you let go cannot name the purchase that fulfilled it: mark it bought, or unlink the purchase.';

/**
 * The key two wishes share when they name the same bag: model, size, leather, colour and
 * hardware, ignoring case and surrounding spaces (as migration 019 merged the trip wishlists).
 */
export function sameBagKey(spec: Pick<SpecialOrderSpec, 'model' | 'size' | 'exteriorLeather' | 'exteriorColour' | 'hardware'>): string {
  return [spec.model, spec.size, spec.exteriorLeather, spec.exteriorColour, spec.hardware].map((v) => (v ?? '').trim().toLowerCase()).join('\u0000');
}

/** What an offer says of the bag, as the match reads it. */
export interface OfferedBag {
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
}

/** Does `text` name `word` (a whole word or phrase, folded)? "Gold or Etoupe" names "etoupe", not "old". */
const names = (text: string, word: string): boolean => word !== '' && ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${word.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);

/**
 * How well an offer answers a wish: null when it is another bag (another model, or another size
 * when both say one); else a score — the colour, leather and hardware wished for (or named among
 * the acceptable alternatives) that the offer has.
 */
export function wishScore(
  wish: Pick<SpecialOrderSpec, 'model' | 'size' | 'exteriorLeather' | 'exteriorColour' | 'hardware'> & { alternatives: string | null },
  offer: OfferedBag,
): number | null {
  if (fold(wish.model) !== fold(offer.model)) return null;
  if (wish.size && offer.size && fold(wish.size) !== fold(offer.size)) return null;
  const alternatives = fold(wish.alternatives);
  let score = 1;
  for (const [wanted, offered, weight] of [
    [wish.exteriorColour, offer.colour, 4],
    [wish.exteriorLeather, offer.leather, 2],
    [wish.hardware, offer.hardware, 1],
  ] as const) {
    const o = fold(offered);
    if (!o) continue;
    if (names(o, fold(wanted)) || names(fold(wanted), o) || names(alternatives, o)) score += weight;
  }
  return score;
}

/**
 * The wish an offer most likely answers: of the wishes still wanted (or offered without an offer
 * linked), the best score, then the most wanted, then the first on the list; null when none.
 */
export function bestWishFor<W extends Parameters<typeof wishScore>[0] & { id: number; status: WishStatus; offerId: number | null; priority: WishPriority; position: number }>(
  wishes: readonly W[],
  offer: OfferedBag,
): W | null {
  let best: { wish: W; score: number } | null = null;
  for (const wish of wishes) {
    if (wish.status !== 'wanted' && !(wish.status === 'offered' && wish.offerId === null)) continue;
    const score = wishScore(wish, offer);
    if (score === null) continue;
    if (!best || score > best.score || (score === best.score && (wish.priority < best.wish.priority || (wish.priority === best.wish.priority && wish.position < best.wish.position)))) {
      best = { wish, score };
    }
  }
  return best?.wish ?? null;
}
