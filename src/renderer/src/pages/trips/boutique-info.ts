/** Where the Paris leather boutiques are, and their usual hours (community-reported; check before going). */
import type { Boutique, ParisBoutiqueCode } from '../../../../shared/api/boutiques';

export const PARIS_ADDRESSES: Record<ParisBoutiqueCode, string> = {
  fsh: '24 rue du Faubourg Saint-Honoré, 75008 Paris',
  george_v: '42 avenue George V, 75008 Paris',
  sevres: '17 rue de Sèvres, 75006 Paris',
};

export const PARIS_HOURS = 'usually 10:30–19:00, Mon–Sat';

/** The address line of a boutique: the street for the Paris three, the city elsewhere. */
export function addressOf(b: Pick<Boutique, 'code' | 'city' | 'country'>): string {
  return b.code ? PARIS_ADDRESSES[b.code] : `${b.city}, ${b.country}`;
}

/** The hours line, only where we know what is usual (the Paris boutiques). */
export function hoursOf(b: Pick<Boutique, 'code'>): string | null {
  return b.code ? PARIS_HOURS : null;
}
