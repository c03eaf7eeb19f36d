/**
 * A first guess at an item's category (and, for Birkin and Kelly bags, "quota") from the words
 * typed in its description, so a receipt can be entered without touching every select. Only a
 * guess: the row's select shows it and the user changes it when it is wrong.
 */
import type { PurchaseCategory } from '../../../../shared/api/purchases';
import { isQuotaModel } from '../../../../shared/domain/quota-rule';
import { fold } from '../../../../shared/fold';

// Checked in this order: "Kelly bracelet" is jewelry, "Kelly 25" a bag, "Rodeo charm" a small leather good.
const RULES: [PurchaseCategory, RegExp][] = [
  ['jewelry', /\b(bracelets?|bangles?|rings?|necklaces?|pendants?|earrings?|clic h|collier de chien|chaine d.?ancre|kelly gourmette|finesse|farandole)\b/],
  ['shoes', /\b(sandals?|oran|chypre|izmir|sneakers?|boots?|loafers?|mules?|espadrilles?|pumps?|heels?|slides?|shoes?)\b/],
  ['scarves', /\b(carres?|twillys?|scarf|scarves|shawls?|stoles?|bandeau|losange|petit h scarf|mousseline)\b/],
  ['home', /\b(plates?|throws?|blankets?|cushions?|pillows?|cups?|mugs?|trays?|candles?|avalon|mosaique|bowls?|vases?|tableware|towels?)\b/],
  ['ready_to_wear', /\b(dress|shirt|jacket|coat|sweater|skirt|pants|trousers|top|cardigan|blouse|jumper|knit|caban)\b/],
  ['small_leather_goods', /\b(wallets?|card holders?|calvi|bearn|charms?|rodeo|belts?|belt kit|pouch|pouches|key ?rings?|agendas?|bag charms?|twilly holder|case|cases|constance slim|kelly pocket)\b/],
  ['bag', /\b(birkin|kelly|constance|evelyne|picotin|lindy|herbag|garden party|bolide|roulis|jypsiere|halzan|verrou|della cavalleria|geta|in-the-loop|in the loop|bags?|totes?|clutch)\b/],
];

export interface CategoryGuess {
  category: PurchaseCategory;
  /** Reported as quota bags: Birkin and Kelly. Null when the guess says nothing about quota. */
  quota: boolean | null;
}

export function guessCategory(description: string, quotaModels?: readonly string[]): CategoryGuess | null {
  const text = fold(description);
  if (!text.trim()) return null;
  for (const [category, re] of RULES) {
    if (re.test(text)) return { category, quota: category === 'bag' && isQuotaModel(text, quotaModels) ? true : null };
  }
  return null;
}
