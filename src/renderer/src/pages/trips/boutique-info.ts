/** A boutique's address and usual hours on the trip page and sheet. */
import type { Boutique } from '../../../../shared/api/boutiques';
import { PARIS_BOUTIQUE_HOURS } from '../../../../shared/domain/boutique-calendar';

/** The address line of a boutique: its own (the Paris three have theirs from migration 013), else the city. */
export function addressOf(b: Pick<Boutique, 'address' | 'city' | 'country'>): string {
  return b.address ?? `${b.city}, ${b.country}`;
}

/** The hours line, only where we know what is usual (the Paris boutiques, reference data). */
export function hoursOf(b: Pick<Boutique, 'code'>): string | null {
  return b.code ? `usually ${PARIS_BOUTIQUE_HOURS.text}` : null;
}
