import { DateTime } from 'luxon';
import type { AppointmentAttempt } from '../../../../shared/api/attempts';
import { METHOD_LABELS } from '../../../../shared/api/attempts';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Offer } from '../../../../shared/api/offers';
import type { PurchaseCategory } from '../../../../shared/api/purchases';
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { formatDay, formatMoney } from '../../lib/format';

/** "Quota", "Non-quota", or nothing when it is not a bag or not said. */
export function quotaWord(o: Pick<Offer, 'category' | 'quota'>): string | null {
  if (o.category !== 'bag' || o.quota === null) return null;
  return o.quota ? 'Quota' : 'Non-quota';
}

/** "Wed 10 Jun 2026 · 14:20 Paris time" — the wall clock it happened on, with its zone named. */
export function offerWhen(o: Pick<Offer, 'day' | 'time' | 'timeZone'>): string {
  const day = formatDay(o.day);
  if (!o.time) return day;
  return `${day} · ${o.time} ${zoneCity(o.timeZone)} time`;
}

export function zoneCity(zone: string): string {
  return zone.split('/').pop()!.replace(/_/g, ' ');
}

/** When an offer's quota year differs from its day's year (a late-evening offer abroad). */
export function quotaYearNote(o: Pick<Offer, 'day' | 'quotaYear'>): string | null {
  return Number(o.day.slice(0, 4)) === o.quotaYear ? null : `Counts in ${o.quotaYear}: it was already ${o.quotaYear} in Paris.`;
}

export function priceText(o: Pick<Offer, 'priceMinor' | 'currency'>): string | null {
  return o.priceMinor !== null && o.currency !== null ? formatMoney(o.priceMinor, o.currency) : null;
}

export const boutiqueNamer = (boutiques: Boutique[] | undefined) => (id: number | null) =>
  id === null ? null : (boutiques?.find((b) => b.id === id)?.name ?? `Boutique ${id}`);

const RESULT_WORDS: Record<AppointmentAttempt['result'], string> = {
  pending: 'pending',
  granted: 'granted',
  time_changed: 'granted (time moved)',
  not_granted: 'not granted',
  cancelled: 'cancelled',
};

/** "Wed 10 Jun 2026 · online lottery · George V · granted 14:00" */
export function attemptLabel(a: AppointmentAttempt, boutiqueName: (id: number | null) => string | null): string {
  const at = a.appointmentAt ? ` ${DateTime.fromISO(a.appointmentAt, { zone: 'Europe/Paris' }).toFormat('HH:mm')}` : '';
  return `${formatDay(a.wantedDay)} · ${METHOD_LABELS[a.method]} · ${boutiqueName(a.boutiqueId) ?? 'no preference'} · ${RESULT_WORDS[a.result]}${at}`;
}

export function orderLabel(o: SpecialOrder): string {
  return `${[o.model, o.size].filter(Boolean).join(' ')} · ${o.status}${o.arrivedOn ? ` (arrived ${formatDay(o.arrivedOn)})` : ''}`;
}

/** "26 days", "1 day", "today". */
export function daysText(n: number): string {
  if (n === 0) return 'today';
  return `${n.toLocaleString('en')} day${n === 1 ? '' : 's'}`;
}

/** "40 %" from 0.4; "< 1 %" for tiny non-zero shares. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '< 1 %';
  return `${Math.round(share * 100)} %`;
}

/** "1 : 0.62" as clients write the ratio (spend on other items for a bag of 1). */
export function ratioText(ratio: number): string {
  const digits = ratio < 10 ? 2 : 1;
  return `1 : ${ratio.toFixed(digits).replace(/\.?0+$/, '')}`;
}

/** One item of a category: "Bag", "Small leather good". */
export const CATEGORY_ONE: Record<PurchaseCategory, string> = {
  bag: 'Bag',
  small_leather_goods: 'Small leather good',
  shoes: 'Shoes',
  jewelry: 'Jewelry',
  scarves: 'Scarf',
  ready_to_wear: 'Ready-to-wear',
  home: 'Home',
  other: 'Other',
};
