/** The standing wishlist's words and rules, for both sides. */
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
