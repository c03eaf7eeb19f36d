import type { DetaxeStatus, Purchase, PurchaseItem } from '../../../../shared/api/purchases';
import { CATEGORY_LABELS } from '../../../../shared/api/purchases';
import { daysBetween } from '../../lib/relative-day';

export const DETAXE_LABELS: Record<DetaxeStatus, string> = {
  not_applicable: 'Not applicable',
  eligible: 'Eligible',
  form_issued: 'Form issued',
  validated: 'Validated at customs',
  refunded: 'Refunded',
  refused: 'Refused',
};

/** A bag's quota flag as words; null for anything that is not a bag or not said. */
export function quotaLabel(item: Pick<PurchaseItem, 'category' | 'quota'>): string | null {
  if (item.category !== 'bag' || item.quota === null) return null;
  return item.quota ? 'Quota' : 'Non-quota';
}

/** "Kelly 25 Epsom + 2 more" */
export function itemsLine(p: Purchase): string {
  const first = p.items[0];
  if (!first) return 'Receipt';
  return p.items.length === 1 ? first.description : `${first.description} + ${p.items.length - 1} more`;
}

export function categoriesOf(p: Purchase): string[] {
  return [...new Set(p.items.map((i) => i.category))].map((c) => CATEGORY_LABELS[c]);
}

/** Statuses where a form may still need validating at customs before the deadline. */
const OPEN_STATUSES: DetaxeStatus[] = ['eligible', 'form_issued'];

export type DeadlineState = { kind: 'none' } | { kind: 'open'; daysLeft: number; deadline: string; urgent: boolean } | { kind: 'missed'; deadline: string; daysAgo: number };

/** Whether the détaxe deadline still matters for this purchase, and how close it is. */
export function deadlineState(p: Purchase, today: string): DeadlineState {
  const deadline = p.detaxe.deadline;
  if (!deadline || !OPEN_STATUSES.includes(p.detaxe.status)) return { kind: 'none' };
  const left = daysBetween(today, deadline);
  if (left < 0) return { kind: 'missed', deadline, daysAgo: -left };
  return { kind: 'open', daysLeft: left, deadline, urgent: left <= 21 };
}

/** A likely currency for a boutique's country, used to prefill a receipt. */
export const COUNTRY_CURRENCY: Record<string, string> = {
  FR: 'EUR', IT: 'EUR', DE: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', PT: 'EUR', IE: 'EUR', GR: 'EUR', MC: 'EUR', LU: 'EUR', FI: 'EUR',
  US: 'USD', GB: 'GBP', CH: 'CHF', JP: 'JPY', CN: 'CNY', HK: 'HKD', SG: 'SGD', KR: 'KRW', TW: 'TWD', AU: 'AUD', CA: 'CAD', AE: 'AED',
  MO: 'MOP', TH: 'THB', MY: 'MYR', SE: 'SEK', DK: 'DKK', NO: 'NOK', CZ: 'CZK', PL: 'PLN', MX: 'MXN', BR: 'BRL', SA: 'SAR', QA: 'QAR',
};

/** The currency a receipt or an offer at this store starts with: the store's own, else its country's. */
export const storeCurrency = (b: { currency: string | null; country: string }): string | undefined => b.currency ?? COUNTRY_CURRENCY[b.country];

export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'HKD', 'SGD', 'KRW', 'AUD', 'CAD', 'AED'];
