/** A piece's photo: the cover of its special order, else of the receipt it came from (attachments.covers). */
import type { CollectionEntry } from '../../../../shared/api/collection';
import { useChannel } from '../../lib/query';

export function usePieceCovers(entries: readonly CollectionEntry[] | undefined): (e: CollectionEntry) => string | undefined {
  const ids = (pick: (e: CollectionEntry) => number | null) => [...new Set((entries ?? []).map(pick).filter((x): x is number => x !== null))].slice(0, 1000);
  const purchases = useChannel('attachments.covers', { recordKind: 'purchase', recordIds: ids((e) => e.purchaseId) }).data ?? {};
  const orders = useChannel('attachments.covers', { recordKind: 'special_order', recordIds: ids((e) => e.specialOrderId) }).data ?? {};
  return (e) => (e.specialOrderId !== null ? orders[e.specialOrderId] : undefined) ?? (e.purchaseId !== null ? purchases[e.purchaseId] : undefined);
}
