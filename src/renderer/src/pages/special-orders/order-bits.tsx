/** Small pieces the special-order screens share. */
import { STATUS_LABELS, type SpecialOrderStatus } from '../../../../shared/domain/special-order-status';
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { useChannel } from '../../lib/query';

export function StatusChip({ status }: { status: SpecialOrderStatus }) {
  return <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>;
}

/** "Kelly 25" */
export const orderTitle = (o: Pick<SpecialOrder, 'model' | 'size'>): string => (o.size ? `${o.model} ${o.size}` : o.model);

/** "Togo Gold · Swift Craie inside · Gold hardware" — the parts the user filled in. */
export function specLine(o: SpecialOrder): string {
  const join = (...p: (string | null)[]) => p.filter(Boolean).join(' ');
  const parts = [
    join(o.exteriorLeather, o.exteriorColour),
    join(o.interiorLeather, o.interiorColour) && `${join(o.interiorLeather, o.interiorColour)} inside`,
    o.stitching && `${o.stitching} stitching`,
    o.hardware && `${o.hardware} hardware`,
  ].filter(Boolean);
  return parts.join(' · ');
}

/** "1 day", "214 days" */
export const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Boutique and contact names by id (both lists are small and cached). */
export function useNames() {
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list');
  return {
    boutiques: boutiques.data ?? [],
    contacts: contacts.data ?? [],
    boutique: (id: number | null) => (id === null ? null : (boutiques.data?.find((b) => b.id === id)?.name ?? null)),
    contact: (id: number | null) => (id === null ? null : (contacts.data?.find((c) => c.id === id)?.name ?? null)),
  };
}

/** "Faubourg Saint-Honoré · with Claire" */
export function placeLine(o: SpecialOrder, names: ReturnType<typeof useNames>): string | null {
  const b = names.boutique(o.boutiqueId);
  const c = names.contact(o.contactId);
  const parts = [b, c && `with ${c}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}
